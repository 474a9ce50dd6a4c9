PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `big_regions`;--> statement-breakpoint
DROP VIEW `big_by_region`;--> statement-breakpoint
DROP VIEW `big_sales`;--> statement-breakpoint
ALTER TABLE `sales` RENAME COLUMN "amount" TO "total";--> statement-breakpoint
ALTER TABLE `sales` RENAME COLUMN "region" TO "area";--> statement-breakpoint
CREATE TABLE `__old_sales` AS SELECT * FROM `sales`;--> statement-breakpoint
DROP TABLE `sales`;--> statement-breakpoint
CREATE TABLE `sales` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer,
	`area` text DEFAULT 'n/a' NOT NULL
);
--> statement-breakpoint
INSERT INTO `sales`(`id`,`total`,`area`) SELECT `id`, `total`, coalesce(`area`, 'n/a') FROM `__old_sales`;--> statement-breakpoint
DROP TABLE `__old_sales`;--> statement-breakpoint
CREATE VIEW `big_sales` AS select id, total as amount, area as region from sales where total > 10;--> statement-breakpoint
CREATE VIEW `big_by_region` AS select region, sum(amount) as s from big_sales group by region;--> statement-breakpoint
CREATE VIEW `big_regions` AS select region from big_by_region where s > 100;--> statement-breakpoint
PRAGMA foreign_keys=ON;