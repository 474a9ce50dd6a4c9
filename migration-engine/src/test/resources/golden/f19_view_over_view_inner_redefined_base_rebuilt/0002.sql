PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `open_totals`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text NOT NULL,
	`amount` real NOT NULL,
	`status` text
);
--> statement-breakpoint
INSERT INTO `orders`(`id`,`customer`,`amount`,`status`) SELECT `id`, `customer`, `amount`, `status` FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
CREATE VIEW `open_totals` AS SELECT customer, sum(amount) AS total, count(*) AS n FROM open_orders GROUP BY customer;--> statement-breakpoint
PRAGMA foreign_keys=ON;