DROP VIEW `open_totals`;--> statement-breakpoint
DROP VIEW `open_orders`;--> statement-breakpoint
CREATE VIEW `open_orders` AS SELECT id, customer, amount, status FROM orders WHERE status IS NULL OR status <> 'paid';--> statement-breakpoint
CREATE VIEW `open_totals` AS SELECT customer, sum(amount) AS total FROM open_orders GROUP BY customer;