CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text,
	`status` text
);
--> statement-breakpoint
CREATE VIEW `order_list` AS SELECT id, customer, status FROM orders;--> statement-breakpoint
CREATE VIEW `active_orders` AS SELECT id, customer FROM order_list WHERE status = 'open';