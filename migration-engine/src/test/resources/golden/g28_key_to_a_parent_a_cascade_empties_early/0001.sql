PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t26` RENAME TO `key`;--> statement-breakpoint
CREATE TABLE `t88` (
	`id` integer PRIMARY KEY NOT NULL,
	`values` text,
	`c89` numeric DEFAULT 90 NOT NULL,
	`c91` text DEFAULT 'it''s d92' NOT NULL,
	`rowid` text NOT NULL,
	`c95` text GENERATED ALWAYS AS (upper("c91")) STORED,
	FOREIGN KEY (`rowid`) REFERENCES `Mixed Case`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ix94` ON `t88` (`id`);--> statement-breakpoint
CREATE TABLE `t98` (
	`code` text PRIMARY KEY NOT NULL,
	`c99` blob,
	`c100` text DEFAULT 'd101',
	`c102` text,
	`c103` integer,
	`c104` integer,
	`c105` text,
	`c107` text GENERATED ALWAYS AS (typeof("c102")) VIRTUAL,
	FOREIGN KEY (`c103`) REFERENCES `t88`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c104`,`c105`) REFERENCES `key`(`c34`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex108` ON `t98` ("code" DESC);--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_key` AS SELECT * FROM `key`;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
DELETE FROM `Mixed Case`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`c4` integer NOT NULL,
	`c5` text NOT NULL,
	`c1` text,
	`c2` real,
	`c3` real,
	`c6` integer,
	`order` text,
	`c8` integer,
	`c9` text,
	PRIMARY KEY(`c4`, `c5`),
	FOREIGN KEY (`c6`,`order`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c8`,`c9`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE set default ON DELETE restrict,
	CONSTRAINT "ck11" CHECK(length("order") < 60),
	CONSTRAINT "ck80" CHECK("c3" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c1_unique` ON `we"ird` (`c1`);--> statement-breakpoint
CREATE INDEX `ix81` ON `we"ird` (`c6`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq79` ON `we"ird` (`c5`,`c6`);--> statement-breakpoint
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
	PRIMARY KEY(`c34`, `c35`),
	FOREIGN KEY (`c36`,`c37`) REFERENCES `key`(`c34`,`c35`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order`,`c39`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `key_c27_unique` ON `key` (`c27`);--> statement-breakpoint
INSERT INTO `we"ird`(`c4`,`c5`,`c1`,`c2`,`c3`,`c6`,`order`,`c8`,`c9`) SELECT `c4`, `c5`, `c1`, `c2`, `c3`, `c6`, `order`, `c8`, `c9` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `key`(`c34`,`c35`,`c27`,`Mixed Case`,`c30`,`c32`,`c36`,`c37`,`order`,`c39`) SELECT `c34`, `c35`, coalesce(`c27`, X''), `Mixed Case`, `c30`, `c32`, `c36`, `c37`, `order`, `c39` FROM `__old_key`;--> statement-breakpoint
INSERT INTO `Mixed Case`(`code`,`c14`,`c16`,`c17`,`c19`,`c21`) SELECT `code`,`c14`,`c16`,`c17`,`c19`,`c21` FROM `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_key`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
CREATE TABLE `t82` (
	`code` text PRIMARY KEY NOT NULL,
	`c83` text,
	`group` text,
	`values` integer,
	`c86` text,
	FOREIGN KEY (`group`,`values`) REFERENCES `we"ird`(`c5`,`c6`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`c86`) REFERENCES `t82`(`c83`) ON UPDATE set null ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc84` ON `t82` (`c83`);--> statement-breakpoint
CREATE INDEX `ex87` ON `t82` (lower("code"));--> statement-breakpoint
CREATE VIEW `v97` AS SELECT "Mixed Case" AS "a96" FROM "key" WHERE "c40" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v110` AS SELECT "a96" AS "a109" FROM "v97" WHERE "a96" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;