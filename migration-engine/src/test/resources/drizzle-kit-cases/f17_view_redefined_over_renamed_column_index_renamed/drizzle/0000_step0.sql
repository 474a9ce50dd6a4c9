CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` integer NOT NULL,
	`placed` text
);
--> statement-breakpoint
CREATE INDEX `orders_amount_idx` ON `orders` (`amount`);--> statement-breakpoint
CREATE VIEW `big_orders` AS SELECT id, amount FROM orders WHERE amount > 100;--> statement-breakpoint
CREATE VIEW `all_orders` AS SELECT * FROM orders;