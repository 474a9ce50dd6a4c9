DROP VIEW `v_base`;--> statement-breakpoint
DROP VIEW `v_totals`;--> statement-breakpoint
CREATE VIEW `v_totals` AS select id, unit_price * coalesce(qty, 0) as total from items;