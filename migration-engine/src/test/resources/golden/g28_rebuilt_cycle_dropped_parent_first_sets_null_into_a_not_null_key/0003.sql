PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v16`;--> statement-breakpoint
DROP VIEW `v59`;--> statement-breakpoint
ALTER TABLE `t17` RENAME TO `t97`;--> statement-breakpoint
CREATE TABLE `t90` (
	`code` text PRIMARY KEY NOT NULL,
	`c91` integer,
	`c92` text,
	`c93` text,
	`c95` text GENERATED ALWAYS AS (typeof("c92")) STORED,
	FOREIGN KEY (`c92`) REFERENCES `t97`(`c22`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c93`) REFERENCES `t90`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t90_c91_unique` ON `t90` (`c91`);--> statement-breakpoint
ALTER TABLE `t49` DROP COLUMN `c50`;--> statement-breakpoint
CREATE TABLE `__old_t7` AS SELECT * FROM `t7`;--> statement-breakpoint
CREATE TABLE `__old_t97` AS SELECT * FROM `t97`;--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
UPDATE `t97` SET `c22` = coalesce((SELECT max(`c42`) FROM `t7` WHERE typeof(`c42`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DELETE FROM `t49`;--> statement-breakpoint
DROP TABLE `t7`;--> statement-breakpoint
DROP TABLE `t97`;--> statement-breakpoint
CREATE TABLE `t7` (
	`c42` text PRIMARY KEY NOT NULL,
	`c8` text,
	`c9` blob,
	`c10` numeric,
	`c11` blob,
	`c12` text,
	`it's` integer,
	`code` text DEFAULT (CURRENT_TIMESTAMP),
	`c45` integer DEFAULT 46,
	`c47` text,
	FOREIGN KEY (`c12`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c47`) REFERENCES `t97`(`c22`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex14` ON `t7` (length("c10"));--> statement-breakpoint
CREATE TABLE `t97` (
	`id` integer NOT NULL,
	`it's` numeric DEFAULT 18,
	`c19` integer,
	`group` numeric,
	`c20` integer,
	`c22` text PRIMARY KEY NOT NULL,
	`c96` text,
	FOREIGN KEY (`c22`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c96`) REFERENCES `t90`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `t7`(`c42`,`c8`,`c9`,`c10`,`c11`,`c12`,`it's`,`code`,`c45`,`c47`) SELECT `c42`, `c8`, `c9`, `c10`, `c11`, `c12`, `it's`, `code`, `c45`, `c47` FROM `__old_t7`;--> statement-breakpoint
INSERT INTO `t97`(`id`,`it's`,`c19`,`group`,`c20`,`c22`) SELECT `id`, `it's`, `c19`, `group`, `c20`, `c22` FROM `__old_t97`;--> statement-breakpoint
INSERT INTO `t49`(`group`,`c52`,`c51`,`c53`,`c54`,`c55`) SELECT `group`,`c52`,`c51`,`c53`,`c54`,`c55` FROM `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_t7`;--> statement-breakpoint
DROP TABLE `__old_t97`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE VIEW `v59` AS SELECT "it's" AS "a57", "group" AS "a58" FROM "t97";--> statement-breakpoint
PRAGMA foreign_keys=ON;