PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v32`;--> statement-breakpoint
CREATE TABLE `t80` (
	`c81` blob NOT NULL,
	`c83` numeric DEFAULT 84 NOT NULL,
	`group` real,
	`c85` text DEFAULT 'd86' NOT NULL,
	`c87` text,
	`key` integer,
	`c88` text GENERATED ALWAYS AS (typeof("group")) STORED,
	FOREIGN KEY (`c87`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`key`) REFERENCES `t33`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `values` (
	`c90` numeric DEFAULT 91 NOT NULL,
	`select` integer DEFAULT -92 NOT NULL,
	`c93` real DEFAULT 94.5 NOT NULL,
	`values` integer,
	FOREIGN KEY (`values`) REFERENCES `t33`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix96` ON `values` (`values`);--> statement-breakpoint
ALTER TABLE `order` ADD `c78` text REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `uc89` ON `t9` (`group`);--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
CREATE TABLE `__old_t33` AS SELECT * FROM `t33`;--> statement-breakpoint
DELETE FROM `t33`;--> statement-breakpoint
DROP TABLE `t18`;--> statement-breakpoint
CREATE TABLE `t18` (
	`code` text PRIMARY KEY NOT NULL,
	`c19` text,
	`key` integer DEFAULT true NOT NULL,
	`c22` blob,
	`c24` text,
	`c26` text,
	FOREIGN KEY (`c24`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc20` ON `t18` (`c19`);--> statement-breakpoint
INSERT INTO `t18`(`code`,`c19`,`key`,`c22`,`c24`,`c26`) SELECT `code`, `c19`, `key`, `c22`, `c24`, `c26` FROM `__old_t18`;--> statement-breakpoint
INSERT INTO `t33`(`id`,`we"ird`,`c34`,`c35`,`c37`,`c38`,`c39`) SELECT `id`,`we"ird`,`c34`,`c35`,`c37`,`c38`,`c39` FROM `__old_t33`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_t33`;--> statement-breakpoint
CREATE VIEW `v32` AS SELECT "c22" AS "a29", "c24" AS "a30" FROM "t18" WHERE "c24" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v98` AS SELECT "a16" AS "a97" FROM "v17";--> statement-breakpoint
PRAGMA foreign_keys=ON;