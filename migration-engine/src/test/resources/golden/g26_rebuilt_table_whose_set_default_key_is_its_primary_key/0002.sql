PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v19`;--> statement-breakpoint
DROP VIEW `v80`;--> statement-breakpoint
ALTER TABLE `t7` RENAME TO `t129`;--> statement-breakpoint
ALTER TABLE `t69` RENAME COLUMN "c72" TO "c133";--> statement-breakpoint
ALTER TABLE `t129` ADD `c130` integer REFERENCES `t86`(`select`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t86` AS SELECT * FROM `t86`;--> statement-breakpoint
CREATE TABLE `__old_t129` AS SELECT * FROM `t129`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t69` AS SELECT * FROM `t69`;--> statement-breakpoint
CREATE TABLE `__old_t55` AS SELECT * FROM `t55`;--> statement-breakpoint
DELETE FROM `t20`;--> statement-breakpoint
DELETE FROM `t129`;--> statement-breakpoint
DELETE FROM `t86`;--> statement-breakpoint
DROP TABLE `t55`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
DROP TABLE `t69`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` text,
	`c131` text,
	`c4` text,
	`rowid` numeric,
	FOREIGN KEY (`c131`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex6` ON `t1` (lower("c2")) WHERE "c2" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `ix81` ON `t1` (`c4`,`c2`) WHERE "c4" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t69` (
	`select` real DEFAULT 70.5 NOT NULL,
	`c71` blob,
	`c133` integer,
	`from` text,
	`c73` integer NOT NULL,
	`c74` text NOT NULL,
	`c77` text GENERATED ALWAYS AS (typeof("c133")) VIRTUAL,
	`c72` text,
	PRIMARY KEY(`c74`, `c73`),
	FOREIGN KEY (`c133`,`from`) REFERENCES `t20`(`values`,`c22`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c73`,`c74`) REFERENCES `t129`(`values`,`my col`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck76" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE INDEX `ex78` ON `t69` ("c71" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `t55` (
	`id` integer NOT NULL,
	`c56` numeric NOT NULL,
	`c57` integer DEFAULT (58 + 1) NOT NULL,
	`c59` text,
	`c61` text NOT NULL,
	`rowid` blob,
	PRIMARY KEY(`c56`, `id`),
	FOREIGN KEY (`c59`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix84` ON `t55` (`c57`,`c56`) WHERE "c57" IS NOT NULL;--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c131`,`c4`) SELECT `code`, `c2`, `rowid`, `c4` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t86`(`c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95`) SELECT `c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95` FROM `__old_t86`;--> statement-breakpoint
INSERT INTO `t129`(`values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`,`c67`,`c130`) SELECT `values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`,`c67`,`c130` FROM `__old_t129`;--> statement-breakpoint
INSERT INTO `t20`(`values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`,`c82`) SELECT `values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`,`c82` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t69`(`select`,`c71`,`c133`,`from`,`c73`,`c74`) SELECT `select`, `c71`, `c133`, `from`, coalesce(`c73`, 0), coalesce(`c74`, '') FROM `__old_t69`;--> statement-breakpoint
INSERT INTO `t55`(`id`,`c56`,`c57`,`c59`,`c61`) SELECT `id`, coalesce(`c56`, 0), `c57`, `c59`, `c61` FROM `__old_t55`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t86`;--> statement-breakpoint
DROP TABLE `__old_t129`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t69`;--> statement-breakpoint
DROP TABLE `__old_t55`;--> statement-breakpoint
CREATE VIEW `v80` AS SELECT "c8" AS "a79" FROM "t129";--> statement-breakpoint
PRAGMA foreign_keys=ON;