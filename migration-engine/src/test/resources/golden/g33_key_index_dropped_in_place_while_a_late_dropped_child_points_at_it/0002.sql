PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v8`;--> statement-breakpoint
DROP VIEW `v17`;--> statement-breakpoint
DROP VIEW `v98`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
DROP TABLE `t45`;--> statement-breakpoint
CREATE TABLE `t129` (
	`id` integer PRIMARY KEY NOT NULL,
	`c130` blob,
	`c132` integer,
	`c133` text,
	`c137` integer GENERATED ALWAYS AS ("c132" IS NULL) VIRTUAL,
	FOREIGN KEY (`c133`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck136" CHECK("c132" IS NULL OR "c132" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix135` ON `t129` (`c132`);--> statement-breakpoint
ALTER TABLE `order` DROP COLUMN `c1`;--> statement-breakpoint
CREATE UNIQUE INDEX `__keep_uc20` ON `t18` (`c19`);--> statement-breakpoint
DROP INDEX `uc20`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_t9` AS SELECT * FROM `t9`;--> statement-breakpoint
CREATE TABLE `__old_t80` AS SELECT * FROM `t80`;--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
DELETE FROM `t18`;--> statement-breakpoint
DELETE FROM `order`;--> statement-breakpoint
DROP TABLE `t80`;--> statement-breakpoint
DROP TABLE `t9`;--> statement-breakpoint
CREATE TABLE `t9` (
	`code` text PRIMARY KEY NOT NULL,
	`c10` integer DEFAULT (11 + 1),
	`group` integer DEFAULT (12 + 1) NOT NULL,
	`my col` numeric,
	`c13` text,
	`c14` integer,
	FOREIGN KEY (`c13`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c14`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc89` ON `t9` (`group`);--> statement-breakpoint
CREATE INDEX `ex15` ON `t9` (lower("c13"));--> statement-breakpoint
CREATE TABLE `t80` (
	`c81` blob NOT NULL,
	`c83` numeric DEFAULT 84 NOT NULL,
	`group` real,
	`c85` text DEFAULT 'd86' NOT NULL,
	`c87` text,
	`key` integer,
	`c88` text GENERATED ALWAYS AS (typeof("group")) STORED,
	FOREIGN KEY (`c87`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `order`(`id`,`c2`,`c78`) SELECT `id`,`c2`,`c78` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `t9`(`code`,`c10`,`group`,`my col`,`c13`,`c14`) SELECT `code`, `c10`, `group`, `my col`, `c13`, `c14` FROM `__old_t9`;--> statement-breakpoint
INSERT INTO `t80`(`c81`,`c83`,`group`,`c85`,`c87`,`key`) SELECT `c81`, `c83`, `group`, `c85`, `c87`, `key` FROM `__old_t80`;--> statement-breakpoint
INSERT INTO `t18`(`code`,`c19`,`key`,`c22`,`c24`,`c26`) SELECT `code`,`c19`,`key`,`c22`,`c24`,`c26` FROM `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_t9`;--> statement-breakpoint
DROP TABLE `__old_t80`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `t33`;--> statement-breakpoint
DROP INDEX `__keep_uc20`;--> statement-breakpoint
CREATE VIEW `v8` AS SELECT "c2" AS "a5", "c4" AS "a6" FROM "order";--> statement-breakpoint
CREATE VIEW `v140` AS SELECT "c85" AS "a138", "c88" AS "a139" FROM "t80";--> statement-breakpoint
CREATE VIEW `v143` AS SELECT "c22" AS "a141", "c26" AS "a142" FROM "t18" WHERE "c24" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;