PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v10`;--> statement-breakpoint
ALTER TABLE `t20` DROP COLUMN `c28`;--> statement-breakpoint
ALTER TABLE `t20` ADD `c28` real GENERATED ALWAYS AS (upper("c25")) VIRTUAL;--> statement-breakpoint
CREATE TABLE `__old_it's` AS SELECT * FROM `it's`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t48` AS SELECT * FROM `t48`;--> statement-breakpoint
DELETE FROM `t48`;--> statement-breakpoint
DELETE FROM `t20`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `it's` (
	`c14` integer NOT NULL,
	`c15` text NOT NULL,
	`it's` numeric DEFAULT 11 NOT NULL,
	`c12` real DEFAULT 13.5 NOT NULL,
	`c16` real,
	`c18` integer,
	`c19` text,
	`group` integer,
	`c96` text,
	PRIMARY KEY(`c14`, `c15`),
	FOREIGN KEY (`c16`) REFERENCES `t1`(`c3`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`group`,`c96`) REFERENCES `it's`(`c14`,`c15`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ex47` ON `it's` (substr("c16", 1, 3));--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` numeric,
	`c3` real,
	`c5` integer,
	`c7` numeric,
	`group` integer,
	`c93` text,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`c2`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group`,`c93`) REFERENCES `it's`(`c14`,`c15`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck8" CHECK("c5" IS NULL OR "c5" IS NOT -1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t1_c2_unique` ON `t1` (`c2`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc4` ON `t1` (`c3`);--> statement-breakpoint
INSERT INTO `it's`(`c14`,`c15`,`it's`,`c12`,`c16`,`c18`,`c19`) SELECT `c14`, `c15`, `it's`, `c12`, `c16`, `c18`, `c19` FROM `__old_it's`;--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c3`,`c5`,`c7`) SELECT `id`, `c2`, `c3`, `c5`, `c7` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t20`(`id`,`c21`,`c22`,`c23`,`c25`) SELECT `id`,`c21`,`c22`,`c23`,`c25` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t48`(`c51`,`c52`,`c49`,`order`,`c53`,`c54`) SELECT `c51`,`c52`,`c49`,`order`,`c53`,`c54` FROM `__old_t48`;--> statement-breakpoint
DROP TABLE `__old_it's`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t48`;--> statement-breakpoint
CREATE VIEW `v10` AS SELECT "c5" AS "a9", "group" AS "a95" FROM "t1";--> statement-breakpoint
PRAGMA foreign_keys=ON;