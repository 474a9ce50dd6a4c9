CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text NOT NULL,
	`amount` integer NOT NULL,
	`status` text
);
--> statement-breakpoint
CREATE VIEW `open_orders` AS SELECT id, customer, amount FROM orders WHERE status IS NULL;--> statement-breakpoint
CREATE VIEW `open_totals` AS SELECT customer, sum(amount) AS total FROM open_orders GROUP BY customer;