PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v51`;--> statement-breakpoint
DROP VIEW `v64`;--> statement-breakpoint
ALTER TABLE `Mixed Case` RENAME COLUMN "c16" TO "values";--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t25` AS SELECT * FROM `t25`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
DROP TABLE `t25`;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_we"ird' WHERE name = 'we"ird';--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
DROP TABLE `t31`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c42` integer,
	`c43` integer DEFAULT 44,
	`c45` integer,
	`c47` integer,
	FOREIGN KEY (`c45`) REFERENCES `we"ird`(`c42`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'we"ird' WHERE name = '__old_we"ird';--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c42_unique` ON `we"ird` (`c42`);--> statement-breakpoint
CREATE INDEX `ex92` ON `we"ird` (("c43" || "c42"));--> statement-breakpoint
CREATE UNIQUE INDEX `uq93` ON `we"ird` (`c47`,`id`);--> statement-breakpoint
CREATE TABLE `t1` (
	`c98` integer NOT NULL,
	`c7` text NOT NULL,
	`c2` integer,
	`c3` real DEFAULT 4.5 NOT NULL,
	`c5` text,
	`c6` blob,
	`c8` integer,
	`c9` text,
	`c10` integer,
	`Mixed Case` text,
	`c12` text GENERATED ALWAYS AS (upper("c98")) VIRTUAL,
	`my col` integer,
	`c96` integer,
	`rowid` numeric DEFAULT 100 NOT NULL,
	PRIMARY KEY(`c98`, `c7`),
	FOREIGN KEY (`c8`,`c9`) REFERENCES `t1`(`c98`,`c7`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c10`,`Mixed Case`) REFERENCES `t1`(`c98`,`c7`) ON UPDATE set default ON DELETE no action,
	FOREIGN KEY (`my col`,`c96`) REFERENCES `we"ird`(`c47`,`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` integer,
	`c26` integer,
	`c27` numeric,
	`group` integer,
	`c29` integer,
	FOREIGN KEY (`group`) REFERENCES `t25`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c29`) REFERENCES `t25`(`id`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc28` ON `t25` (`c27`);--> statement-breakpoint
CREATE TABLE `order` (
	`c58` integer NOT NULL,
	`c59` text NOT NULL,
	`c52` numeric DEFAULT 53,
	`c54` real,
	`c55` real DEFAULT 56.5 NOT NULL,
	`c60` integer,
	PRIMARY KEY(`c58`, `c59`)
);
--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`c13` blob,
	`c14` text,
	`c15` numeric,
	`key` integer,
	`values` text,
	`c18` integer,
	`c19` text,
	FOREIGN KEY (`key`,`values`) REFERENCES `t1`(`c98`,`c7`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c18`,`c19`) REFERENCES `t1`(`c98`,`c7`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex20` ON `Mixed Case` (("c15" || "c13"));--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`c42`,`c43`,`c45`,`c47`) SELECT `id`, `c42`, `c43`, `c45`, `c47` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t1`(`c98`,`c7`,`c2`,`c3`,`c5`,`c6`,`c8`,`c9`,`c10`,`Mixed Case`) SELECT `rowid`, `c7`, `c2`, `c3`, `c5`, `c6`, `c8`, `c9`, `c10`, `Mixed Case` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t25`(`id`,`order`,`c26`,`c27`,`group`,`c29`) SELECT `id`, `order`, `c26`, `c27`, `group`, `c29` FROM `__old_t25`;--> statement-breakpoint
INSERT INTO `order`(`c58`,`c59`,`c52`,`c54`,`c55`,`c60`) SELECT `c58`, `c59`, `c52`, `c54`, coalesce(`c55`, 56.5), `c60` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `Mixed Case`(`c13`,`c14`,`c15`,`key`,`values`,`c18`,`c19`) SELECT `c13`, `c14`, `c15`, `key`, `values`, `c18`, `c19` FROM `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t25`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
CREATE VIEW `v95` AS SELECT "c27" AS "a49", "group" AS "a50" FROM "t25";--> statement-breakpoint
PRAGMA foreign_keys=ON;