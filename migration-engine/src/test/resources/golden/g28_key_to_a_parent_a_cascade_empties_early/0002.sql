PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v25`;--> statement-breakpoint
DROP TABLE `t82`;--> statement-breakpoint
ALTER TABLE `key` ADD `c154` numeric;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
CREATE TABLE `__old_t88` AS SELECT * FROM `t88`;--> statement-breakpoint
CREATE TABLE `__old_t98` AS SELECT * FROM `t98`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
DELETE FROM `t98`;--> statement-breakpoint
DELETE FROM `t88`;--> statement-breakpoint
DELETE FROM `Mixed Case`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`c4` integer NOT NULL,
	`c5` text NOT NULL,
	`c1` text,
	`c2` real,
	`c3` text,
	`c6` integer,
	`order` text,
	`c8` integer,
	`c9` text,
	`c156` text,
	PRIMARY KEY(`c4`, `c5`),
	FOREIGN KEY (`c6`,`order`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c8`,`c9`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE set default ON DELETE restrict,
	FOREIGN KEY (`c156`) REFERENCES `t98`(`code`) ON UPDATE set default ON DELETE cascade,
	CONSTRAINT "ck11" CHECK(length("order") < 60),
	CONSTRAINT "ck80" CHECK("c3" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c1_unique` ON `we"ird` (`c1`);--> statement-breakpoint
CREATE INDEX `ix81` ON `we"ird` (`c6`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq79` ON `we"ird` (`c5`,`c6`);--> statement-breakpoint
INSERT INTO `Mixed Case`(`code`,`c14`,`c16`,`c17`,`c19`,`c21`) SELECT `code`,`c14`,`c16`,`c17`,`c19`,`c21` FROM `__old_Mixed Case`;--> statement-breakpoint
INSERT INTO `t88`(`id`,`values`,`c89`,`c91`,`rowid`) SELECT `id`,`values`,`c89`,`c91`,`rowid` FROM `__old_t88`;--> statement-breakpoint
INSERT INTO `t98`(`code`,`c99`,`c100`,`c102`,`c103`,`c104`,`c105`) SELECT `code`,`c99`,`c100`,`c102`,`c103`,`c104`,`c105` FROM `__old_t98`;--> statement-breakpoint
INSERT INTO `we"ird`(`c4`,`c5`,`c1`,`c2`,`c3`,`c6`,`order`,`c8`,`c9`) SELECT `c4`, `c5`, `c1`, `c2`, `c3`, `c6`, `order`, `c8`, `c9` FROM `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_t88`;--> statement-breakpoint
DROP TABLE `__old_t98`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
CREATE VIEW `v25` AS SELECT "c16" AS "a23", "c21" AS "a24", "c17" AS "a155" FROM "Mixed Case";--> statement-breakpoint
PRAGMA foreign_keys=ON;