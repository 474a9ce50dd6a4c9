PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_cities` AS SELECT * FROM `cities`;--> statement-breakpoint
CREATE TABLE `__old_addresses` AS SELECT * FROM `addresses`;--> statement-breakpoint
DELETE FROM `addresses`;--> statement-breakpoint
DROP TABLE `cities`;--> statement-breakpoint
CREATE TABLE `cities` (
	`id` text PRIMARY KEY NOT NULL,
	`nation_code` text,
	`region_code` integer,
	`slug` text DEFAULT '-' NOT NULL,
	`pop` integer DEFAULT 0,
	FOREIGN KEY (`nation_code`,`region_code`) REFERENCES `regions`(`nation_code`,`code`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cities_slug_key` ON `cities` (`slug`);--> statement-breakpoint
INSERT INTO `cities`(`id`,`nation_code`,`region_code`,`slug`,`pop`) SELECT `id`, `nation_code`, `region_code`, `slug`, `pop` FROM `__old_cities`;--> statement-breakpoint
INSERT INTO `addresses`(`id`,`city_id`,`city_slug`,`line`) SELECT `id`,`city_id`,`city_slug`,`line` FROM `__old_addresses`;--> statement-breakpoint
DROP TABLE `__old_cities`;--> statement-breakpoint
DROP TABLE `__old_addresses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;