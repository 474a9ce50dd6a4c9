PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `active_orders`;--> statement-breakpoint
DROP VIEW `order_list`;--> statement-breakpoint
CREATE TABLE `order_list` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text,
	`status` text
);
--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text,
	`status` text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
INSERT INTO `orders`(`id`,`customer`,`status`) SELECT `id`, `customer`, coalesce(`status`, 'open') FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
CREATE VIEW `active_orders` AS SELECT id, customer FROM order_list WHERE status = 'open';--> statement-breakpoint
PRAGMA foreign_keys=ON;