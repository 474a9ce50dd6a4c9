DROP VIEW `order_totals`;--> statement-breakpoint
ALTER TABLE `lines` RENAME COLUMN "order_id" TO "purchase_id";