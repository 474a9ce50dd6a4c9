PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_customers` AS SELECT * FROM `customers`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DELETE FROM `orders`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`vip` integer
);
--> statement-breakpoint
INSERT INTO `customers`(`id`,`name`,`vip`) SELECT `id`, `name`, `vip` FROM `__old_customers`;--> statement-breakpoint
INSERT INTO `orders`(`id`,`customer_id`,`amount`,`memo`) SELECT `id`,`customer_id`,`amount`,`memo` FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_customers`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;