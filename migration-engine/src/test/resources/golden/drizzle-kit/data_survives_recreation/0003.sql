PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_customers` AS SELECT * FROM `customers`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_orders' WHERE name = 'orders';--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`vip` integer,
	CONSTRAINT "customers_name_nonempty" CHECK(length("customers"."name") > 0)
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`customer_id` integer NOT NULL,
	`amount` real NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'orders' WHERE name = '__old_orders';--> statement-breakpoint
CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`);--> statement-breakpoint
INSERT INTO `customers`(`id`,`name`,`vip`) SELECT `id`, `name`, `vip` FROM `__old_customers`;--> statement-breakpoint
INSERT INTO `orders`(`id`,`customer_id`,`amount`,`memo`) SELECT `id`, `customer_id`, `amount`, coalesce(`memo`, '') FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_customers`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;