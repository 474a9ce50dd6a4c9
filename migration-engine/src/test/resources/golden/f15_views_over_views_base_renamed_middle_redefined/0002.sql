PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v_mid`;--> statement-breakpoint
DROP VIEW `v_top`;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_price` real DEFAULT 0 NOT NULL,
	`qty` integer
);
--> statement-breakpoint
INSERT INTO `items`(`id`,`unit_price`,`qty`) SELECT `id`, coalesce(`unit_price`, 0), `qty` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
CREATE VIEW `v_totals` AS select id, price * coalesce(qty, 0) as total from v_base;--> statement-breakpoint
CREATE VIEW `v_top` AS select count(*) as n, sum(total) as s from v_totals;--> statement-breakpoint
PRAGMA foreign_keys=ON;