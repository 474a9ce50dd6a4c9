DROP VIEW `order_summary`;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "total" TO "amount";--> statement-breakpoint
CREATE VIEW `order_summary` AS select id, amount, note from orders where status = 'open';