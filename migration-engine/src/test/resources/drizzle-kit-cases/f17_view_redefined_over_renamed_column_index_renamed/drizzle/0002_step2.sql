ALTER TABLE `orders` RENAME COLUMN "total_cents" TO "amount";--> statement-breakpoint
DROP INDEX `orders_total_cents_idx`;--> statement-breakpoint
CREATE INDEX `orders_total_cents_idx` ON `orders` (`amount`);--> statement-breakpoint
DROP VIEW `big_orders`;--> statement-breakpoint
CREATE VIEW `big_orders` AS SELECT id, amount AS total_cents FROM orders WHERE amount > 100;