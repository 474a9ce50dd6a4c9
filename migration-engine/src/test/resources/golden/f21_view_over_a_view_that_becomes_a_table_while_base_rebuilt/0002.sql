DROP VIEW `active_orders`;--> statement-breakpoint
DROP TABLE `order_list`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `purchases`;--> statement-breakpoint
CREATE VIEW `order_list` AS SELECT id, customer, status FROM purchases;--> statement-breakpoint
CREATE VIEW `active_orders` AS SELECT id, customer FROM order_list WHERE status = 'open';