CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer
);
--> statement-breakpoint
CREATE TABLE `orders_v2` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer,
	`currency` text
);
--> statement-breakpoint
CREATE VIEW `order_totals` AS select id, total from orders;