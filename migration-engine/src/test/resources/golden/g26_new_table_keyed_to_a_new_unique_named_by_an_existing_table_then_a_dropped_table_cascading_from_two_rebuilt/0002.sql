PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `from` RENAME TO `key`;--> statement-breakpoint
CREATE TABLE `t56` (
	`c57` text,
	`c58` real,
	`c59` integer,
	`rowid` blob,
	`c60` integer,
	`c61` integer,
	`c64` integer GENERATED ALWAYS AS (length("c57")) VIRTUAL,
	FOREIGN KEY (`c61`) REFERENCES `key`(`id`) ON UPDATE restrict ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t56_c58_unique` ON `t56` (`c58`);--> statement-breakpoint
CREATE INDEX `ix63` ON `t56` (`rowid`) WHERE "rowid" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
CREATE TABLE `__old_key` AS SELECT * FROM `key`;--> statement-breakpoint
UPDATE `key` SET `c5` = `id` WHERE `c5` IS NOT NULL;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE TABLE `t22` (
	`code` text PRIMARY KEY NOT NULL,
	`values` blob,
	`it's` real,
	`c24` integer,
	`c25` numeric DEFAULT 26,
	`c27` text,
	`c29` numeric,
	`c30` numeric,
	`c33` real GENERATED ALWAYS AS (coalesce("c25", "c24")) STORED,
	`c67` text GENERATED ALWAYS AS (lower("code")) STORED,
	FOREIGN KEY (`c27`) REFERENCES `t22`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix32` ON `t22` (`c29`);--> statement-breakpoint
CREATE INDEX `ex34` ON `t22` (lower("c29"));--> statement-breakpoint
CREATE INDEX `ex66` ON `t22` (substr("values", 1, 3)) WHERE "values" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `key` (
	`id` integer PRIMARY KEY NOT NULL,
	`c1` numeric DEFAULT 2,
	`c3` numeric DEFAULT 4 NOT NULL,
	`c5` integer NOT NULL,
	`c7` integer,
	`c35` integer,
	`c65` text,
	FOREIGN KEY (`c5`) REFERENCES `key`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c7`) REFERENCES `key`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c65`) REFERENCES `t22`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ex68` ON `key` (length("c7"));--> statement-breakpoint
CREATE UNIQUE INDEX `uq21` ON `key` (`c1`,`c3`);--> statement-breakpoint
INSERT INTO `t22`(`code`,`values`,`it's`,`c24`,`c25`,`c27`,`c29`,`c30`) SELECT `code`, `values`, `it's`, `c24`, `c25`, `c27`, `c29`, `c30` FROM `__old_t22`;--> statement-breakpoint
INSERT INTO `key`(`id`,`c1`,`c3`,`c5`,`c7`,`c35`) SELECT `id`, `c1`, `c3`, `c5`, `c7`, `c35` FROM `__old_key`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_key`;--> statement-breakpoint
PRAGMA foreign_keys=ON;