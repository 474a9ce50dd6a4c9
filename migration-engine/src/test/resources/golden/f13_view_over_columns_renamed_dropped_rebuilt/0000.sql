CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer,
	`note` text,
	`status` text
);
--> statement-breakpoint
CREATE VIEW `order_summary` AS select id, total, note from orders where status = 'open';