PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t1` DROP COLUMN `c2`;--> statement-breakpoint
ALTER TABLE `order` ADD `c81` real;--> statement-breakpoint
ALTER TABLE `order` DROP COLUMN `c21`;--> statement-breakpoint
CREATE TABLE `__old_t29` AS SELECT * FROM `t29`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
DELETE FROM `t29`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY NOT NULL,
	`c12` real,
	`c13` integer,
	`c15` integer,
	`c16` real GENERATED ALWAYS AS (coalesce("id", "c15")) VIRTUAL,
	`c82` integer,
	`c83` text,
	FOREIGN KEY (`c13`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE restrict,
	FOREIGN KEY (`c15`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c82`,`c83`) REFERENCES `t29`(`rowid`,`c35`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ex85` ON `we"ird` (("c15" || "c82"));--> statement-breakpoint
INSERT INTO `t29`(`rowid`,`c35`,`c30`,`c32`,`key`,`c34`,`select`,`c37`,`c38`) SELECT `rowid`,`c35`,`c30`,`c32`,`key`,`c34`,`select`,`c37`,`c38` FROM `__old_t29`;--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`c12`,`c13`,`c15`) SELECT `id`, `c12`, `c13`, `c15` FROM `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t29`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
PRAGMA foreign_keys=ON;