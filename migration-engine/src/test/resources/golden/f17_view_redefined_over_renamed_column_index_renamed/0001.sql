DROP VIEW `big_orders`;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "amount" TO "total_cents";--> statement-breakpoint
DROP INDEX `orders_amount_idx`;--> statement-breakpoint
CREATE INDEX `orders_total_cents_idx` ON `orders` (`total_cents`);--> statement-breakpoint
CREATE VIEW `big_orders` AS SELECT id, total_cents FROM orders WHERE total_cents > 100;