PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v91`;--> statement-breakpoint
ALTER TABLE `t19` RENAME COLUMN "c20" TO "c140";--> statement-breakpoint
CREATE TABLE `t153` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c127` numeric DEFAULT 128 NOT NULL,
	`c129` blob NOT NULL,
	`c131` numeric,
	`c132` integer,
	`c133` integer GENERATED ALWAYS AS ("c127" IS NULL) VIRTUAL,
	FOREIGN KEY (`c132`) REFERENCES `t19`(`id`) ON UPDATE set null ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ex134` ON `t153` (length("c132"));--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c155` blob,
	`c156` numeric,
	`Mixed Case` numeric DEFAULT 157 NOT NULL,
	`c158` numeric,
	`c159` integer,
	FOREIGN KEY (`c159`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `__old_t19` AS SELECT * FROM `t19`;--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
DELETE FROM `t49`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
DROP TABLE `t19`;--> statement-breakpoint
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY NOT NULL,
	`Mixed Case` real,
	`c140` blob,
	`c23` blob,
	`c24` integer,
	`c25` integer,
	`c27` real GENERATED ALWAYS AS (coalesce("Mixed Case", "c25")) VIRTUAL,
	`c138` integer DEFAULT 139,
	FOREIGN KEY (`c24`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c25`) REFERENCES `t19`(`id`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix26` ON `t19` (`Mixed Case`);--> statement-breakpoint
CREATE INDEX `ex28` ON `t19` ("id" COLLATE NOCASE);--> statement-breakpoint
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
	FOREIGN KEY (`c87`) REFERENCES `t49`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`key`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix93` ON `select` (`c41`);--> statement-breakpoint
INSERT INTO `t19`(`id`,`Mixed Case`,`c140`,`c23`,`c24`,`c25`) SELECT `id`, `Mixed Case`, `c140`, `c23`, `c24`, `c25` FROM `__old_t19`;--> statement-breakpoint
INSERT INTO `t49`(`id`,`c50`,`c52`,`c54`,`c55`) SELECT `id`,`c50`,`c52`,`c54`,`c55` FROM `__old_t49`;--> statement-breakpoint
INSERT INTO `values`(`code`,`c32`,`c33`,`c35`,`c37`,`order`,`c89`) SELECT `code`, `c32`, `c33`, `c35`, `c37`, `order`, `c89` FROM `__old_values`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c41`,`c43`,`c44`,`c45`,`c47`,`c48`,`c87`,`key`) SELECT `id`, `c41`, `c43`, `c44`, `c45`, `c47`, `c48`, `c87`, `key` FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_t19`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
CREATE TABLE `group` (
	`code` text PRIMARY KEY NOT NULL,
	`c142` integer,
	`c143` real,
	`c144` numeric DEFAULT 145,
	`c146` integer DEFAULT (147 + 1) NOT NULL,
	`rowid` text,
	`c149` integer,
	FOREIGN KEY (`rowid`) REFERENCES `values`(`c33`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c149`) REFERENCES `t153`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix151` ON `group` (`c143`,`c146`);--> statement-breakpoint
CREATE INDEX `ex152` ON `group` (("rowid" || "c144")) WHERE "rowid" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v91` AS SELECT "c140" AS "a30" FROM "t19" WHERE "c140" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v125` AS SELECT "c8" AS "a124" FROM "t86" WHERE "c14" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v136` AS SELECT "a124" AS "a135" FROM "v125";--> statement-breakpoint
PRAGMA foreign_keys=ON;