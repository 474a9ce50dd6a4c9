DROP VIEW `order_totals`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `orders_v2` RENAME TO `orders`;--> statement-breakpoint
CREATE VIEW `order_totals` AS select id, total from orders;