PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v18`;--> statement-breakpoint
DROP VIEW `v31`;--> statement-breakpoint
ALTER TABLE `t1` RENAME TO `t86`;--> statement-breakpoint
ALTER TABLE `t86` DROP COLUMN `c3`;--> statement-breakpoint
ALTER TABLE `t19` DROP COLUMN `c21`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `t49`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
CREATE TABLE `values` (
	`code` text PRIMARY KEY NOT NULL,
	`c32` blob,
	`c33` text DEFAULT 'it''s d34' NOT NULL,
	`c35` integer DEFAULT true NOT NULL,
	`c37` integer,
	`order` integer,
	`c89` text,
	FOREIGN KEY (`order`) REFERENCES `t19`(`id`) ON UPDATE set default ON DELETE set null,
	FOREIGN KEY (`c89`) REFERENCES `t49`(`c55`) ON UPDATE restrict ON DELETE set null,
	CONSTRAINT "ck40" CHECK("c35" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `values` (`c32`);--> statement-breakpoint
CREATE TABLE `t49` (
	`id` integer PRIMARY KEY NOT NULL,
	`c50` numeric DEFAULT 51 NOT NULL,
	`c52` text DEFAULT '' NOT NULL,
	`c54` text,
	`c55` text,
	FOREIGN KEY (`c54`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c55`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t49_c55_unique` ON `t49` (`c55`);--> statement-breakpoint
CREATE INDEX `ex56` ON `t49` (length("id"));--> statement-breakpoint
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
	FOREIGN KEY (`c48`) REFERENCES `t86`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c87`) REFERENCES `t49`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`key`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix93` ON `select` (`c41`);--> statement-breakpoint
INSERT INTO `values`(`code`,`c32`,`c33`,`c35`,`c37`,`order`) SELECT `code`, `c32`, `c33`, `c35`, `c37`, `order` FROM `__old_values`;--> statement-breakpoint
INSERT INTO `t49`(`id`,`c50`,`c52`,`c54`,`c55`) SELECT `id`, `c50`, `c52`, `c54`, `c55` FROM `__old_t49`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c41`,`c43`,`c44`,`c45`,`c47`,`c48`) SELECT `id`, `c41`, `c43`, `c44`, `c45`, `c47`, `c48` FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
CREATE VIEW `v18` AS SELECT "c5" AS "a15", "c10" AS "a16" FROM "t86" WHERE "c10" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v91` AS SELECT "c20" AS "a30" FROM "t19" WHERE "c20" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;