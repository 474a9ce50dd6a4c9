DROP TABLE `legacy_orders`;--> statement-breakpoint
DROP VIEW `all_orders`;--> statement-breakpoint
CREATE VIEW `all_orders` AS SELECT id, total FROM orders;