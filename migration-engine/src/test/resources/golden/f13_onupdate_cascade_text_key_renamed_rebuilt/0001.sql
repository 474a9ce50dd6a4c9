PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `countries` RENAME COLUMN "code" TO "iso";--> statement-breakpoint
CREATE TABLE `__old_countries` AS SELECT * FROM `countries`;--> statement-breakpoint
CREATE TABLE `__old_cities` AS SELECT * FROM `cities`;--> statement-breakpoint
DELETE FROM `cities`;--> statement-breakpoint
DROP TABLE `countries`;--> statement-breakpoint
CREATE TABLE `countries` (
	`iso` text PRIMARY KEY NOT NULL,
	`pop` real
);
--> statement-breakpoint
INSERT INTO `countries`(`iso`,`pop`) SELECT `iso`, `pop` FROM `__old_countries`;--> statement-breakpoint
INSERT INTO `cities`(`id`,`country`) SELECT `id`,`country` FROM `__old_cities`;--> statement-breakpoint
DROP TABLE `__old_countries`;--> statement-breakpoint
DROP TABLE `__old_cities`;--> statement-breakpoint
PRAGMA foreign_keys=ON;