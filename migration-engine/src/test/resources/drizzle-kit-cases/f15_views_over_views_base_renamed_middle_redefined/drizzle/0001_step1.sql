ALTER TABLE `items` RENAME COLUMN "price" TO "unit_price";--> statement-breakpoint
DROP VIEW `v_base`;--> statement-breakpoint
CREATE VIEW `v_base` AS select id, unit_price as price, qty from items;