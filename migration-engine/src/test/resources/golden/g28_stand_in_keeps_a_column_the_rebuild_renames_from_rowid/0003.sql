PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v99`;--> statement-breakpoint
ALTER TABLE `t1` ADD `c126` text GENERATED ALWAYS AS ("id" || '-' || "c7") VIRTUAL;--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c128` numeric DEFAULT 129 NOT NULL;--> statement-breakpoint
ALTER TABLE `order` ADD `c131` real;--> statement-breakpoint
ALTER TABLE `values` ADD `c130` integer REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t29` AS SELECT * FROM `t29`;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
DROP TABLE `t29`;--> statement-breakpoint
CREATE TABLE `t29` (
	`rowid` integer NOT NULL,
	`c35` text NOT NULL,
	`c30` real DEFAULT 31.5,
	`c32` text,
	`key` text DEFAULT (CURRENT_TIMESTAMP),
	`c34` text,
	`select` integer,
	`c37` integer,
	`c38` text,
	PRIMARY KEY(`rowid`, `c35`),
	FOREIGN KEY (`select`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c37`,`c38`) REFERENCES `t29`(`rowid`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `t29` (`rowid`,`c30`);--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`c12`,`c13`,`c15`,`c82`,`c83`,`c128`) SELECT `id`,`c12`,`c13`,`c15`,`c82`,`c83`,`c128` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t29`(`rowid`,`c35`,`c30`,`c32`,`key`,`c34`,`select`,`c37`,`c38`) SELECT `rowid`, `c35`, `c30`, `c32`, `key`, `c34`, `select`, `c37`, `c38` FROM `__old_t29`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t29`;--> statement-breakpoint
CREATE VIEW `v99` AS SELECT "c13" AS "a44", "c12" AS "a45", "id" AS "a46", "c13" AS "a127" FROM "we""ird";--> statement-breakpoint
PRAGMA foreign_keys=ON;