PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_price` real DEFAULT 0 NOT NULL,
	`qty` integer
);
--> statement-breakpoint
INSERT INTO `__new_items`("id", "unit_price", "qty") SELECT "id", "unit_price", "qty" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v_mid`;--> statement-breakpoint
DROP VIEW `v_top`;--> statement-breakpoint
CREATE VIEW `v_totals` AS select id, price * coalesce(qty, 0) as total from v_base;--> statement-breakpoint
CREATE VIEW `v_top` AS select count(*) as n, sum(total) as s from v_totals;