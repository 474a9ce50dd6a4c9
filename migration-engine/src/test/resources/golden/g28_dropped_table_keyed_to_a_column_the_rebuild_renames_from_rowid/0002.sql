PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v95`;--> statement-breakpoint
ALTER TABLE `we"ird` RENAME COLUMN "id" TO "c145";--> statement-breakpoint
CREATE TABLE `t151` (
	`code` text PRIMARY KEY NOT NULL,
	`group` integer DEFAULT -152 NOT NULL,
	`c153` blob,
	`c155` text,
	`c156` real DEFAULT 157.5,
	`c158` integer,
	`c160` integer,
	`c161` text,
	FOREIGN KEY (`c158`) REFERENCES `we"ird`(`c145`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c160`,`c161`) REFERENCES `order`(`c58`,`c59`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck163" CHECK("c161" IS NULL OR "c161" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ex169` ON `t151` (length("c155"));--> statement-breakpoint
ALTER TABLE `t1` ADD `c146` text DEFAULT 'it''s d147';--> statement-breakpoint
ALTER TABLE `order` ADD `c170` integer REFERENCES `we"ird`(`c42`) ON UPDATE no action ON DELETE restrict;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t25` AS SELECT * FROM `t25`;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
DELETE FROM `Mixed Case`;--> statement-breakpoint
DELETE FROM `t1`;--> statement-breakpoint
DROP TABLE `t25`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_we"ird' WHERE name = 'we"ird';--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`c145` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c42` integer,
	`c43` numeric DEFAULT 144,
	`c45` integer,
	`c47` integer,
	FOREIGN KEY (`c45`) REFERENCES `we"ird`(`c42`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'we"ird' WHERE name = '__old_we"ird';--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c42_unique` ON `we"ird` (`c42`);--> statement-breakpoint
CREATE INDEX `ex92` ON `we"ird` (("c43" || "c42"));--> statement-breakpoint
CREATE UNIQUE INDEX `uq93` ON `we"ird` (`c47`,`c145`);--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` integer,
	`c26` integer,
	`c27` numeric,
	`group` integer,
	`c29` integer,
	`c148` integer,
	`c149` text,
	FOREIGN KEY (`group`) REFERENCES `t25`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c29`) REFERENCES `t25`(`id`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`c148`,`c149`) REFERENCES `t1`(`c98`,`c7`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc28` ON `t25` (`c27`);--> statement-breakpoint
INSERT INTO `we"ird`(`c145`,`c42`,`c43`,`c45`,`c47`) SELECT `c145`, `c42`, `c43`, `c45`, `c47` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t1`(`c98`,`c7`,`c2`,`c3`,`c5`,`c6`,`c8`,`c9`,`c10`,`Mixed Case`,`my col`,`c96`,`rowid`,`c146`) SELECT `c98`,`c7`,`c2`,`c3`,`c5`,`c6`,`c8`,`c9`,`c10`,`Mixed Case`,`my col`,`c96`,`rowid`,`c146` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t25`(`id`,`order`,`c26`,`c27`,`group`,`c29`) SELECT `id`, `order`, `c26`, `c27`, `group`, `c29` FROM `__old_t25`;--> statement-breakpoint
INSERT INTO `Mixed Case`(`c13`,`c14`,`c15`,`key`,`values`,`c18`,`c19`) SELECT `c13`,`c14`,`c15`,`key`,`values`,`c18`,`c19` FROM `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t25`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
CREATE VIEW `v95` AS SELECT "c27" AS "a49", "group" AS "a50", "id" AS "a143", "c148" AS "a164" FROM "t25";--> statement-breakpoint
CREATE VIEW `v168` AS SELECT "a164" AS "a166", "a49" AS "a167" FROM "v95";--> statement-breakpoint
PRAGMA foreign_keys=ON;