DROP VIEW `v_top`;--> statement-breakpoint
DROP VIEW `v_base`;--> statement-breakpoint
DROP VIEW `v_totals`;--> statement-breakpoint
CREATE VIEW `v_totals` AS select id, unit_price * coalesce(qty, 0) as total from items;--> statement-breakpoint
CREATE VIEW `v_top` AS select count(*) as n, sum(total) as s from v_totals;