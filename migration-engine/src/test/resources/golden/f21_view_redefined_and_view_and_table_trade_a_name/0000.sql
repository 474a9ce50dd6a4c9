CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text NOT NULL,
	`total` real DEFAULT 0 NOT NULL,
	`created_at` integer
);
--> statement-breakpoint
CREATE VIEW `order_totals` AS SELECT customer, sum(total) AS spent FROM orders GROUP BY customer;--> statement-breakpoint
CREATE VIEW `recent_orders` AS SELECT id, customer FROM orders WHERE created_at > 100;