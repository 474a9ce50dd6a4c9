DROP VIEW `big_orders`;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "total_cents" TO "amount";--> statement-breakpoint
CREATE VIEW `big_orders` AS SELECT id, amount AS total_cents FROM orders WHERE amount > 100;