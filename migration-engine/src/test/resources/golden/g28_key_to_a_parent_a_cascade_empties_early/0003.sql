PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t166` (
	`we"ird` integer NOT NULL,
	`c168` text NOT NULL,
	`c167` text,
	`c169` integer,
	`values` text,
	`my col` text,
	`c176` numeric,
	`c181` text GENERATED ALWAYS AS (lower("we""ird")) VIRTUAL,
	PRIMARY KEY(`we"ird`, `c168`),
	FOREIGN KEY (`c169`,`values`) REFERENCES `key`(`c34`,`c35`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`my col`) REFERENCES `Mixed Case`(`code`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc177` ON `t166` (`c176`);--> statement-breakpoint
CREATE INDEX `ix172` ON `t166` (`my col`,`c169`);--> statement-breakpoint
CREATE INDEX `ex173` ON `t166` (substr("c167", 1, 3));--> statement-breakpoint
ALTER TABLE `Mixed Case` ADD `c178` numeric REFERENCES `t166`(`c176`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `t88` ADD `c165` text REFERENCES `Mixed Case`(`code`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `t98` ADD `c174` integer DEFAULT -175;--> statement-breakpoint
CREATE INDEX `ex164` ON `we"ird` ("c1" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
CREATE TABLE `__old_t88` AS SELECT * FROM `t88`;--> statement-breakpoint
CREATE TABLE `__old_t98` AS SELECT * FROM `t98`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_key` AS SELECT * FROM `key`;--> statement-breakpoint
UPDATE `t88` SET `rowid` = coalesce((SELECT max(`code`) FROM `Mixed Case` WHERE typeof(`code`) = 'text'), '') || '~' || oid;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
DELETE FROM `t98`;--> statement-breakpoint
DELETE FROM `t88`;--> statement-breakpoint
DELETE FROM `Mixed Case`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE TABLE `key` (
	`c34` integer NOT NULL,
	`c35` text NOT NULL,
	`c27` blob NOT NULL,
	`Mixed Case` real DEFAULT 29.5,
	`c30` integer DEFAULT (31 + 1) NOT NULL,
	`c32` numeric DEFAULT 33 NOT NULL,
	`c36` integer,
	`c37` text,
	`order` integer,
	`c39` text,
	`c40` real GENERATED ALWAYS AS (coalesce("order", "c37")) VIRTUAL,
	`c154` numeric,
	`c180` integer GENERATED ALWAYS AS (length("c37")) STORED,
	PRIMARY KEY(`c34`, `c35`),
	FOREIGN KEY (`c36`,`c37`) REFERENCES `key`(`c34`,`c35`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order`,`c39`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `key_c27_unique` ON `key` (`c27`);--> statement-breakpoint
INSERT INTO `Mixed Case`(`code`,`c14`,`c16`,`c17`,`c19`,`c21`,`c178`) SELECT `code`,`c14`,`c16`,`c17`,`c19`,`c21`,`c178` FROM `__old_Mixed Case`;--> statement-breakpoint
INSERT INTO `t88`(`id`,`values`,`c89`,`c91`,`rowid`,`c165`) SELECT `id`,`values`,`c89`,`c91`,`rowid`,`c165` FROM `__old_t88`;--> statement-breakpoint
INSERT INTO `t98`(`code`,`c99`,`c100`,`c102`,`c103`,`c104`,`c105`,`c174`) SELECT `code`,`c99`,`c100`,`c102`,`c103`,`c104`,`c105`,`c174` FROM `__old_t98`;--> statement-breakpoint
INSERT INTO `we"ird`(`c4`,`c5`,`c1`,`c2`,`c3`,`c6`,`order`,`c8`,`c9`,`c156`) SELECT `c4`,`c5`,`c1`,`c2`,`c3`,`c6`,`order`,`c8`,`c9`,`c156` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `key`(`c34`,`c35`,`c27`,`Mixed Case`,`c30`,`c32`,`c36`,`c37`,`order`,`c39`,`c154`) SELECT `c34`, `c35`, `c27`, `Mixed Case`, `c30`, `c32`, `c36`, `c37`, `order`, `c39`, `c154` FROM `__old_key`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_t88`;--> statement-breakpoint
DROP TABLE `__old_t98`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_key`;--> statement-breakpoint
PRAGMA foreign_keys=ON;