DROP VIEW `open_orders`;--> statement-breakpoint
CREATE VIEW `open_orders` AS SELECT id, customer, amount, status FROM orders WHERE status IS NULL OR status <> 'paid';