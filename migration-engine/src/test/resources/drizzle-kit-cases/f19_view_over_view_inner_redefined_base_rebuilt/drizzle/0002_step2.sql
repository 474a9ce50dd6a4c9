PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text NOT NULL,
	`amount` real NOT NULL,
	`status` text
);
--> statement-breakpoint
INSERT INTO `__new_orders`("id", "customer", "amount", "status") SELECT "id", "customer", "amount", "status" FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `open_totals`;--> statement-breakpoint
CREATE VIEW `open_totals` AS SELECT customer, sum(amount) AS total, count(*) AS n FROM open_orders GROUP BY customer;