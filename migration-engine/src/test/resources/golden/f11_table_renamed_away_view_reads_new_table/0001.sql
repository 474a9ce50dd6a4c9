DROP VIEW `order_totals`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `orders_archive`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer,
	`currency` text
);
--> statement-breakpoint
CREATE VIEW `order_totals` AS select id, total from orders;