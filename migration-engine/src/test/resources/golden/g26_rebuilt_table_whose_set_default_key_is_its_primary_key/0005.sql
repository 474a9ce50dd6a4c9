PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v66`;--> statement-breakpoint
DROP VIEW `v80`;--> statement-breakpoint
CREATE TABLE `t313` (
	`c314` integer,
	`it's` text DEFAULT 'it''s d315',
	`c316` text,
	`c317` integer,
	`c319` text GENERATED ALWAYS AS (upper("it's")) STORED,
	`c323` real GENERATED ALWAYS AS (coalesce("c314", "it's")) STORED,
	FOREIGN KEY (`c316`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c317`) REFERENCES `t86`(`select`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
DROP INDEX `ix184`;--> statement-breakpoint
DROP INDEX `ix84`;--> statement-breakpoint
ALTER TABLE `t55` DROP COLUMN `c57`;--> statement-breakpoint
CREATE TABLE `__old_t86` AS SELECT * FROM `t86`;--> statement-breakpoint
CREATE TABLE `__old_t129` AS SELECT * FROM `t129`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t69` AS SELECT * FROM `t69`;--> statement-breakpoint
CREATE TABLE `__old_t185` AS SELECT * FROM `t185`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
CREATE TABLE `__old_t249` AS SELECT * FROM `t249`;--> statement-breakpoint
DELETE FROM `t249`;--> statement-breakpoint
DELETE FROM `select`;--> statement-breakpoint
DELETE FROM `t185`;--> statement-breakpoint
DELETE FROM `t69`;--> statement-breakpoint
DELETE FROM `t86`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t129`;--> statement-breakpoint
CREATE TABLE `t129` (
	`values` integer NOT NULL,
	`my col` text NOT NULL,
	`c8` numeric,
	`c9` numeric DEFAULT 181 NOT NULL,
	`c11` real,
	`c12` real,
	`c13` integer,
	`c14` text,
	`from` text,
	`c67` text,
	`c130` integer,
	PRIMARY KEY(`values`, `my col`),
	FOREIGN KEY (`c13`,`c14`) REFERENCES `t129`(`values`,`my col`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c67`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c130`) REFERENCES `t86`(`select`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix17` ON `t129` (`c13`,`from`);--> statement-breakpoint
CREATE INDEX `ex183` ON `t129` (lower("c67"));--> statement-breakpoint
CREATE INDEX `ex234` ON `t129` ("c130" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `t20` (
	`values` integer DEFAULT 182 NOT NULL,
	`c22` text NOT NULL,
	`c21` text DEFAULT 'd85',
	`we"ird` integer,
	`c23` text,
	`c25` integer,
	`key` text,
	`c82` text,
	`group` real GENERATED ALWAYS AS (coalesce("key", "we""ird")) VIRTUAL,
	PRIMARY KEY(`values`, `c22`),
	FOREIGN KEY (`we"ird`,`c23`) REFERENCES `t20`(`values`,`c22`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c82`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `t86`(`c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95`) SELECT `c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95` FROM `__old_t86`;--> statement-breakpoint
INSERT INTO `t129`(`values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`,`c67`,`c130`) SELECT `values`, `my col`, `c8`, `c9`, `c11`, `c12`, `c13`, `c14`, `from`, `c67`, `c130` FROM `__old_t129`;--> statement-breakpoint
INSERT INTO `t20`(`values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`,`c82`) SELECT `values`, `c22`, `c21`, `we"ird`, `c23`, `c25`, `key`, `c82` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t69`(`select`,`c71`,`c133`,`from`,`c73`,`c74`,`c72`,`c232`) SELECT `select`,`c71`,`c133`,`from`,`c73`,`c74`,`c72`,`c232` FROM `__old_t69`;--> statement-breakpoint
INSERT INTO `t185`(`id`,`c186`,`c187`,`c188`,`c189`) SELECT `id`,`c186`,`c187`,`c188`,`c189` FROM `__old_t185`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c235`,`c237`,`c239`,`c241`,`c242`,`c244`) SELECT `id`,`c235`,`c237`,`c239`,`c241`,`c242`,`c244` FROM `__old_select`;--> statement-breakpoint
INSERT INTO `t249`(`id`,`c250`,`c251`,`c252`,`c254`,`c255`,`values`,`c257`,`c258`) SELECT `id`,`c250`,`c251`,`c252`,`c254`,`c255`,`values`,`c257`,`c258` FROM `__old_t249`;--> statement-breakpoint
DROP TABLE `__old_t86`;--> statement-breakpoint
DROP TABLE `__old_t129`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t69`;--> statement-breakpoint
DROP TABLE `__old_t185`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
DROP TABLE `__old_t249`;--> statement-breakpoint
CREATE VIEW `v66` AS SELECT "c59" AS "a63", "c56" AS "a64", "c61" AS "a179" FROM "t55" WHERE "c61" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v80` AS SELECT "c8" AS "a79", "c8" AS "a178" FROM "t129" WHERE "c11" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v322` AS SELECT "c317" AS "a320", "c319" AS "a321" FROM "t313";--> statement-breakpoint
PRAGMA foreign_keys=ON;