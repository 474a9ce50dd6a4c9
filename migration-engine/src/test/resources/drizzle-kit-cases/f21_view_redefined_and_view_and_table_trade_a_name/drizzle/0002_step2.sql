DROP TABLE `recent_orders`;--> statement-breakpoint
ALTER TABLE `orders` ADD `status` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
CREATE VIEW `recent_orders` AS SELECT id, customer, status FROM orders WHERE created_at > 100 AND status = 'open';