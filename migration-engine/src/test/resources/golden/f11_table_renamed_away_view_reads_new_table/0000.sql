CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer
);
--> statement-breakpoint
CREATE VIEW `order_totals` AS select id, total from orders;