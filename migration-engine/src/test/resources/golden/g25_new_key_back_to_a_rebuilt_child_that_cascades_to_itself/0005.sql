PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t20` ADD `c187` text GENERATED ALWAYS AS (lower("c21")) VIRTUAL;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t156` AS SELECT * FROM `t156`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
DELETE FROM `t20`;--> statement-breakpoint
DROP TABLE `t156`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
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
	CONSTRAINT "ck8" CHECK("group" IS NOT 'other')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t1_c2_unique` ON `t1` (`c2`);--> statement-breakpoint
CREATE UNIQUE INDEX `uc4` ON `t1` (`c3`);--> statement-breakpoint
CREATE INDEX `ex157` ON `t1` ("c93" DESC);--> statement-breakpoint
CREATE UNIQUE INDEX `uq159` ON `t1` (`c2`,`c3`);--> statement-breakpoint
CREATE TABLE `t156` (
	`c51` integer NOT NULL,
	`c52` text NOT NULL,
	`c49` blob NOT NULL,
	`order` real,
	`c53` integer,
	`c54` text,
	PRIMARY KEY(`c51`, `c52`),
	CONSTRAINT "ck56" CHECK("c49" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ex57` ON `t156` (lower("order"));--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c3`,`c5`,`c7`,`group`,`c93`) SELECT `id`, `c2`, `c3`, `c5`, `c7`, `group`, `c93` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t156`(`c51`,`c52`,`c49`,`order`,`c53`,`c54`) SELECT `c51`, `c52`, `c49`, `order`, `c53`, `c54` FROM `__old_t156`;--> statement-breakpoint
INSERT INTO `t20`(`id`,`c21`,`c23`,`c25`) SELECT `id`,`c21`,`c23`,`c25` FROM `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t156`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
CREATE TABLE `t188` (
	`c189` real,
	`c190` numeric DEFAULT 191,
	`c192` integer,
	`c193` text,
	`c195` real,
	FOREIGN KEY (`c192`,`c193`) REFERENCES `t156`(`c51`,`c52`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c195`) REFERENCES `t1`(`c3`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck197" CHECK(length("c195") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix196` ON `t188` (`c190`,`c195`) WHERE "c190" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex198` ON `t188` (length("c195"));--> statement-breakpoint
PRAGMA foreign_keys=ON;