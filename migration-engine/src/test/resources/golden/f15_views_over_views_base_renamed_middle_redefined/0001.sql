DROP VIEW `v_top`;--> statement-breakpoint
DROP VIEW `v_mid`;--> statement-breakpoint
DROP VIEW `v_base`;--> statement-breakpoint
ALTER TABLE `items` RENAME COLUMN "price" TO "unit_price";--> statement-breakpoint
CREATE VIEW `v_base` AS select id, unit_price as price, qty from items;--> statement-breakpoint
CREATE VIEW `v_mid` AS select id, price * qty as total from v_base;--> statement-breakpoint
CREATE VIEW `v_top` AS select count(*) as n, sum(total) as s from v_mid;