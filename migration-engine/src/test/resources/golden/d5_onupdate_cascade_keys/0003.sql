PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_cities` AS SELECT * FROM `cities`;--> statement-breakpoint
CREATE TABLE `__old_addresses` AS SELECT * FROM `addresses`;--> statement-breakpoint
DROP TABLE `addresses`;--> statement-breakpoint
DROP TABLE `cities`;--> statement-breakpoint
CREATE TABLE `cities` (
	`id` text PRIMARY KEY NOT NULL,
	`country_code` text,
	`region_code` text,
	`slug` text DEFAULT '?' NOT NULL,
	`pop` integer DEFAULT 0,
	FOREIGN KEY (`country_code`,`region_code`) REFERENCES `regions`(`country_code`,`code`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cities_slug_unique` ON `cities` (`slug`);--> statement-breakpoint
CREATE TABLE `addresses` (
	`id` integer PRIMARY KEY NOT NULL,
	`city_id` text,
	`city_slug` text,
	`line` text,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`city_slug`) REFERENCES `cities`(`slug`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `cities`(`id`,`country_code`,`region_code`,`slug`,`pop`) SELECT `id`, `country_code`, `region_code`, coalesce(`slug`, '?'), `pop` FROM `__old_cities`;--> statement-breakpoint
INSERT INTO `addresses`(`id`,`city_id`,`city_slug`,`line`) SELECT `id`, `city_id`, `city_slug`, `line` FROM `__old_addresses`;--> statement-breakpoint
DROP TABLE `__old_cities`;--> statement-breakpoint
DROP TABLE `__old_addresses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;