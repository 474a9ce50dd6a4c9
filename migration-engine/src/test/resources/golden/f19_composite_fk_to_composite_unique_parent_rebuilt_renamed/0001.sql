PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_regions` AS SELECT * FROM `regions`;--> statement-breakpoint
CREATE TABLE `__old_shops` AS SELECT * FROM `shops`;--> statement-breakpoint
DELETE FROM `shops`;--> statement-breakpoint
DROP TABLE `regions`;--> statement-breakpoint
CREATE TABLE `regions` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_country_code_uq` ON `regions` (`country`,`code`);--> statement-breakpoint
INSERT INTO `regions`(`id`,`country`,`code`,`name`) SELECT `id`, `country`, `code`, coalesce(`name`, 'unnamed') FROM `__old_regions`;--> statement-breakpoint
INSERT INTO `shops`(`id`,`country`,`code`,`title`) SELECT `id`,`country`,`code`,`title` FROM `__old_shops`;--> statement-breakpoint
DROP TABLE `__old_regions`;--> statement-breakpoint
DROP TABLE `__old_shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;