PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `pricey`;--> statement-breakpoint
CREATE TABLE `__old_goods` AS SELECT * FROM `goods`;--> statement-breakpoint
DROP TABLE `goods`;--> statement-breakpoint
CREATE TABLE `goods` (
	`id` integer PRIMARY KEY NOT NULL,
	`cost` real DEFAULT 0 NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("cost" * "qty") VIRTUAL
);
--> statement-breakpoint
INSERT INTO `goods`(`id`,`cost`,`qty`) SELECT `id`, coalesce(`cost`, 0), coalesce(`qty`, 1) FROM `__old_goods`;--> statement-breakpoint
DROP TABLE `__old_goods`;--> statement-breakpoint
CREATE VIEW `big_totals` AS select id, total from goods where total > 40;--> statement-breakpoint
PRAGMA foreign_keys=ON;