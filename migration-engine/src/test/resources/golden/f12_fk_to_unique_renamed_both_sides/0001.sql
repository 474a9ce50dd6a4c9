PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `countries` RENAME COLUMN "iso" TO "code";--> statement-breakpoint
ALTER TABLE `cities` RENAME COLUMN "country_iso" TO "country_code";--> statement-breakpoint
CREATE TABLE `__old_countries` AS SELECT * FROM `countries`;--> statement-breakpoint
CREATE TABLE `__old_cities` AS SELECT * FROM `cities`;--> statement-breakpoint
DELETE FROM `cities`;--> statement-breakpoint
DROP TABLE `countries`;--> statement-breakpoint
CREATE TABLE `countries` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `countries_code_uq` ON `countries` (`code`);--> statement-breakpoint
INSERT INTO `countries`(`id`,`code`,`name`) SELECT `id`, `code`, coalesce(`name`, '?') FROM `__old_countries`;--> statement-breakpoint
INSERT INTO `cities`(`id`,`country_code`) SELECT `id`,`country_code` FROM `__old_cities`;--> statement-breakpoint
DROP TABLE `__old_countries`;--> statement-breakpoint
DROP TABLE `__old_cities`;--> statement-breakpoint
PRAGMA foreign_keys=ON;