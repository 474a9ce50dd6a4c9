PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `regions` RENAME COLUMN "code" TO "region_code";--> statement-breakpoint
CREATE TABLE `__old_regions` AS SELECT * FROM `regions`;--> statement-breakpoint
CREATE TABLE `__old_stores` AS SELECT * FROM `stores`;--> statement-breakpoint
DELETE FROM `stores`;--> statement-breakpoint
DROP TABLE `regions`;--> statement-breakpoint
CREATE TABLE `regions` (
	`country` text NOT NULL,
	`region_code` text NOT NULL,
	`name` text DEFAULT '?' NOT NULL,
	PRIMARY KEY(`country`, `region_code`)
);
--> statement-breakpoint
INSERT INTO `regions`(`country`,`region_code`,`name`) SELECT `country`, `region_code`, coalesce(`name`, '?') FROM `__old_regions`;--> statement-breakpoint
INSERT INTO `stores`(`id`,`country`,`region_code`) SELECT `id`,`country`,`region_code` FROM `__old_stores`;--> statement-breakpoint
DROP TABLE `__old_regions`;--> statement-breakpoint
DROP TABLE `__old_stores`;--> statement-breakpoint
PRAGMA foreign_keys=ON;