PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v91`;--> statement-breakpoint
DROP VIEW `v136`;--> statement-breakpoint
CREATE TABLE `t284` (
	`code` text PRIMARY KEY NOT NULL,
	`c285` text DEFAULT 'd286',
	`we"ird` real,
	`c287` real,
	`c289` integer,
	`c290` integer,
	`c293` text GENERATED ALWAYS AS (typeof("c285")) VIRTUAL,
	FOREIGN KEY (`c289`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c290`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t284_we"ird_unique` ON `t284` (`we"ird`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc288` ON `t284` (`c287`);--> statement-breakpoint
CREATE INDEX `ix292` ON `t284` (`c290`);--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
CREATE TABLE `__old_t153` AS SELECT * FROM `t153`;--> statement-breakpoint
CREATE TABLE `__old_group` AS SELECT * FROM `group`;--> statement-breakpoint
CREATE TABLE `__old_t228` AS SELECT * FROM `t228`;--> statement-breakpoint
UPDATE `values` SET `c89` = NULL WHERE `c89` IS NOT NULL;--> statement-breakpoint
UPDATE `t49` SET `c55` = coalesce((SELECT max(`code`) FROM `values` WHERE typeof(`code`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t228' WHERE name = 't228';--> statement-breakpoint
DROP TABLE `t228`;--> statement-breakpoint
DROP TABLE `group`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t153' WHERE name = 't153';--> statement-breakpoint
DROP TABLE `t153`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `t49`;--> statement-breakpoint
CREATE TABLE `t49` (
	`key` integer PRIMARY KEY NOT NULL,
	`c50` numeric DEFAULT 51 NOT NULL,
	`c52` text DEFAULT '' NOT NULL,
	`c54` text,
	`c55` text,
	FOREIGN KEY (`c54`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c55`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t49_c55_unique` ON `t49` (`c55`);--> statement-breakpoint
CREATE INDEX `ex56` ON `t49` (length("key"));--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`c41` numeric DEFAULT 42,
	`c43` numeric,
	`c44` blob,
	`c45` blob,
	`c47` text,
	`c48` integer,
	`c87` integer,
	`key` integer,
	`c92` integer GENERATED ALWAYS AS ("c41" IS NULL) VIRTUAL,
	FOREIGN KEY (`c47`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c48`) REFERENCES `t86`(`id`) ON UPDATE set default ON DELETE set null,
	FOREIGN KEY (`c87`) REFERENCES `t49`(`key`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`key`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix93` ON `select` (`c41`);--> statement-breakpoint
CREATE TABLE `values` (
	`code` text PRIMARY KEY NOT NULL,
	`c32` blob,
	`c33` text DEFAULT 'it''s d34' NOT NULL,
	`c35` integer DEFAULT true NOT NULL,
	`c37` integer,
	`order` integer,
	`c89` text,
	`c123` integer,
	`c141` text,
	FOREIGN KEY (`c89`) REFERENCES `t49`(`c55`) ON UPDATE restrict ON DELETE set null,
	FOREIGN KEY (`c123`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck40" CHECK("c35" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc126` ON `values` (`c33`);--> statement-breakpoint
CREATE INDEX `ix39` ON `values` (`c32`);--> statement-breakpoint
CREATE INDEX `ix137` ON `values` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq283` ON `values` (`c33`,`c37`);--> statement-breakpoint
CREATE TABLE `t153` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c127` numeric DEFAULT 128 NOT NULL,
	`c129` blob NOT NULL,
	`c131` numeric,
	`c132` integer,
	`c133` integer GENERATED ALWAYS AS ("c127" IS NULL) VIRTUAL,
	`c279` integer,
	FOREIGN KEY (`c279`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't153' WHERE name = '__old_t153';--> statement-breakpoint
CREATE INDEX `ex134` ON `t153` (length("c132"));--> statement-breakpoint
CREATE TABLE `group` (
	`code` text PRIMARY KEY NOT NULL,
	`c142` integer,
	`c143` real,
	`c144` numeric DEFAULT 145,
	`c146` integer DEFAULT (147 + 1) NOT NULL,
	`rowid` text,
	`c149` integer,
	`c281` integer,
	FOREIGN KEY (`rowid`) REFERENCES `values`(`c33`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c149`) REFERENCES `t153`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c281`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc277` ON `group` (`c146`);--> statement-breakpoint
CREATE INDEX `ix151` ON `group` (`c143`,`c146`);--> statement-breakpoint
CREATE INDEX `ex152` ON `group` (("rowid" || "c144")) WHERE "rowid" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ix278` ON `group` (`c143`);--> statement-breakpoint
CREATE TABLE `t228` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c229` real DEFAULT 230.5 NOT NULL,
	`c231` blob,
	`Mixed Case` integer,
	`c233` integer,
	FOREIGN KEY (`Mixed Case`) REFERENCES `select`(`id`) ON UPDATE set default ON DELETE set default,
	FOREIGN KEY (`c233`) REFERENCES `t153`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't228' WHERE name = '__old_t228';--> statement-breakpoint
INSERT INTO `t49`(`key`,`c50`,`c52`,`c54`,`c55`) SELECT `key`, `c50`, `c52`, `c54`, `c55` FROM `__old_t49`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c41`,`c43`,`c44`,`c45`,`c47`,`c48`,`c87`,`key`) SELECT `id`, `c41`, `c43`, `c44`, `c45`, `c47`, `c48`, `c87`, `key` FROM `__old_select`;--> statement-breakpoint
INSERT INTO `values`(`code`,`c32`,`c33`,`c35`,`c37`,`order`,`c89`,`c123`,`c141`) SELECT `code`, `c32`, `c33`, `c35`, `c37`, `order`, `c89`, `c123`, `c141` FROM `__old_values`;--> statement-breakpoint
INSERT INTO `t153`(`id`,`c127`,`c129`,`c131`,`c132`) SELECT `id`, `c127`, `c129`, `c131`, `c132` FROM `__old_t153`;--> statement-breakpoint
INSERT INTO `group`(`code`,`c142`,`c143`,`c144`,`c146`,`rowid`,`c149`) SELECT `code`, `c142`, `c143`, `c144`, `c146`, `rowid`, `c149` FROM `__old_group`;--> statement-breakpoint
INSERT INTO `t228`(`id`,`c229`,`c231`,`Mixed Case`,`c233`) SELECT `id`, `c229`, `c231`, `Mixed Case`, `c233` FROM `__old_t228`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `__old_t153`;--> statement-breakpoint
DROP TABLE `__old_group`;--> statement-breakpoint
DROP TABLE `__old_t228`;--> statement-breakpoint
DROP TABLE `t19`;--> statement-breakpoint
CREATE VIEW `v136` AS SELECT "a124" AS "a135", "a124" AS "a282" FROM "v125";--> statement-breakpoint
CREATE VIEW `v297` AS SELECT "we""ird" AS "a294", "c287" AS "a295", "code" AS "a296" FROM "t284" WHERE "c285" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;