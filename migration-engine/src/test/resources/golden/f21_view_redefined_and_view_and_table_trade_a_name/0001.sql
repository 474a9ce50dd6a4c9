DROP VIEW `order_totals`;--> statement-breakpoint
DROP VIEW `recent_orders`;--> statement-breakpoint
CREATE TABLE `recent_orders` (
	`order_id` integer PRIMARY KEY NOT NULL,
	`note` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `order_totals` AS SELECT customer, count(*) AS n, sum(total) AS spent FROM orders WHERE total > 0 GROUP BY customer;