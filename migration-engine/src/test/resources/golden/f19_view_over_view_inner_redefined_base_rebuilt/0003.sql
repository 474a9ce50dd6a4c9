DROP VIEW `open_orders`;--> statement-breakpoint
DROP VIEW `open_totals`;--> statement-breakpoint
CREATE VIEW `pending_orders` AS SELECT id, customer, amount FROM orders WHERE status IS NOT 'paid';--> statement-breakpoint
CREATE VIEW `open_totals` AS SELECT customer, sum(amount) AS total, count(*) AS n FROM pending_orders GROUP BY customer;