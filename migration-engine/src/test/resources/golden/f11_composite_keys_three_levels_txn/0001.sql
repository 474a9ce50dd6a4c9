PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_regions` AS SELECT * FROM `regions`;--> statement-breakpoint
CREATE TABLE `__old_sites` AS SELECT * FROM `sites`;--> statement-breakpoint
CREATE TABLE `__old_visits` AS SELECT * FROM `visits`;--> statement-breakpoint
DELETE FROM `visits`;--> statement-breakpoint
DELETE FROM `sites`;--> statement-breakpoint
DROP TABLE `regions`;--> statement-breakpoint
CREATE TABLE `regions` (
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text DEFAULT '?',
	`active` integer DEFAULT true NOT NULL,
	PRIMARY KEY(`country`, `code`)
);
--> statement-breakpoint
INSERT INTO `regions`(`country`,`code`,`name`) SELECT `country`, `code`, `name` FROM `__old_regions`;--> statement-breakpoint
INSERT INTO `sites`(`id`,`country`,`region`,`label`) SELECT `id`,`country`,`region`,`label` FROM `__old_sites`;--> statement-breakpoint
INSERT INTO `visits`(`id`,`site_id`,`n`) SELECT `id`,`site_id`,`n` FROM `__old_visits`;--> statement-breakpoint
DROP TABLE `__old_regions`;--> statement-breakpoint
DROP TABLE `__old_sites`;--> statement-breakpoint
DROP TABLE `__old_visits`;--> statement-breakpoint
PRAGMA foreign_keys=ON;