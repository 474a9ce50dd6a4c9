PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v136`;--> statement-breakpoint
DROP VIEW `v18`;--> statement-breakpoint
DROP VIEW `v125`;--> statement-breakpoint
ALTER TABLE `t49` RENAME COLUMN "id" TO "key";--> statement-breakpoint
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
CREATE TABLE `__old_t86` AS SELECT * FROM `t86`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
CREATE TABLE `__old_t19` AS SELECT * FROM `t19`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
CREATE TABLE `__old_t153` AS SELECT * FROM `t153`;--> statement-breakpoint
CREATE TABLE `__old_group` AS SELECT * FROM `group`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
DELETE FROM `group`;--> statement-breakpoint
DELETE FROM `t153`;--> statement-breakpoint
DROP TABLE `t49`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
DROP TABLE `t19`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `t86`;--> statement-breakpoint
CREATE TABLE `t86` (
	`id` integer PRIMARY KEY NOT NULL,
	`we"ird` integer DEFAULT false NOT NULL,
	`c5` blob,
	`c6` blob NOT NULL,
	`c8` integer,
	`c10` integer,
	`c14` real GENERATED ALWAYS AS (coalesce("c10", "we""ird")) VIRTUAL,
	FOREIGN KEY (`c8`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c10`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck13" CHECK(length("c5") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix12` ON `t86` (`id`);--> statement-breakpoint
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
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY NOT NULL,
	`Mixed Case` real,
	`c140` real,
	`c23` blob,
	`c24` integer,
	`c25` integer,
	`c27` real GENERATED ALWAYS AS (coalesce("Mixed Case", "c25")) VIRTUAL,
	`c138` integer DEFAULT 139,
	FOREIGN KEY (`c24`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c25`) REFERENCES `t19`(`id`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ixr226` ON `t19` (`Mixed Case`);--> statement-breakpoint
CREATE INDEX `ex28` ON `t19` ("id" COLLATE NOCASE);--> statement-breakpoint
CREATE UNIQUE INDEX `uq227` ON `t19` (`c138`,`Mixed Case`);--> statement-breakpoint
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
	FOREIGN KEY (`order`) REFERENCES `t19`(`id`) ON UPDATE set default ON DELETE set null,
	FOREIGN KEY (`c89`) REFERENCES `t49`(`c55`) ON UPDATE restrict ON DELETE set null,
	FOREIGN KEY (`c123`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck40" CHECK("c35" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc126` ON `values` (`c33`);--> statement-breakpoint
CREATE INDEX `ix39` ON `values` (`c32`);--> statement-breakpoint
CREATE INDEX `ix137` ON `values` (`code`);--> statement-breakpoint
CREATE TABLE `t49` (
	`key` integer PRIMARY KEY NOT NULL,
	`c50` numeric DEFAULT 51 NOT NULL,
	`c52` text DEFAULT '' NOT NULL,
	`c54` text,
	`c55` text NOT NULL,
	FOREIGN KEY (`c54`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c55`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t49_c55_unique` ON `t49` (`c55`);--> statement-breakpoint
CREATE INDEX `ex56` ON `t49` (length("key"));--> statement-breakpoint
INSERT INTO `t86`(`id`,`we"ird`,`c5`,`c6`,`c8`,`c10`) SELECT `id`, coalesce(`we"ird`, false), `c5`, `c6`, `c8`, `c10` FROM `__old_t86`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c41`,`c43`,`c44`,`c45`,`c47`,`c48`,`c87`,`key`) SELECT `id`, `c41`, `c43`, `c44`, `c45`, `c47`, `c48`, `c87`, `key` FROM `__old_select`;--> statement-breakpoint
INSERT INTO `t19`(`id`,`Mixed Case`,`c140`,`c23`,`c24`,`c25`,`c138`) SELECT `id`, `Mixed Case`, `c140`, `c23`, `c24`, `c25`, `c138` FROM `__old_t19`;--> statement-breakpoint
INSERT INTO `values`(`code`,`c32`,`c33`,`c35`,`c37`,`order`,`c89`,`c123`,`c141`) SELECT `code`, `c32`, `c33`, `c35`, `c37`, `order`, `c89`, `c123`, `c141` FROM `__old_values`;--> statement-breakpoint
INSERT INTO `t49`(`key`,`c50`,`c52`,`c54`,`c55`) SELECT `key`, `c50`, `c52`, `c54`, coalesce(`c55`, '') FROM `__old_t49`;--> statement-breakpoint
INSERT INTO `t153`(`id`,`c127`,`c129`,`c131`,`c132`) SELECT `id`,`c127`,`c129`,`c131`,`c132` FROM `__old_t153`;--> statement-breakpoint
INSERT INTO `group`(`code`,`c142`,`c143`,`c144`,`c146`,`rowid`,`c149`) SELECT `code`,`c142`,`c143`,`c144`,`c146`,`rowid`,`c149` FROM `__old_group`;--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`c155`,`c156`,`Mixed Case`,`c158`,`c159`) SELECT `id`,`c155`,`c156`,`Mixed Case`,`c158`,`c159` FROM `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t86`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
DROP TABLE `__old_t19`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_t153`;--> statement-breakpoint
DROP TABLE `__old_group`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
CREATE VIEW `v125` AS SELECT "c8" AS "a124", "c5" AS "a235" FROM "t86" WHERE "c14" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v136` AS SELECT "a124" AS "a135" FROM "v125";--> statement-breakpoint
PRAGMA foreign_keys=ON;