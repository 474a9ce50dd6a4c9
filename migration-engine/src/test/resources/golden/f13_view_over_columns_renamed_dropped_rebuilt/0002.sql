DROP VIEW `order_summary`;--> statement-breakpoint
ALTER TABLE `orders` DROP COLUMN `note`;--> statement-breakpoint
CREATE VIEW `order_summary` AS select id, amount from orders where status = 'open';