PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v32`;--> statement-breakpoint
DROP VIEW `v143`;--> statement-breakpoint
ALTER TABLE `t18` RENAME COLUMN "c24" TO "C24";--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
CREATE TABLE `__old_t18` AS SELECT * FROM `t18`;--> statement-breakpoint
CREATE TABLE `__old_t80` AS SELECT * FROM `t80`;--> statement-breakpoint
CREATE TABLE `__old_t129` AS SELECT * FROM `t129`;--> statement-breakpoint
DROP TABLE `t129`;--> statement-breakpoint
DROP TABLE `t80`;--> statement-breakpoint
DROP TABLE `t18`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer,
	`c4` text GENERATED ALWAYS AS (upper("c2")) VIRTUAL,
	`c78` text,
	FOREIGN KEY (`c2`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix3` ON `order` (`c2`,`id`) WHERE "c2" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t18` (
	`code` text PRIMARY KEY NOT NULL,
	`c19` text,
	`key` integer DEFAULT true NOT NULL,
	`c22` blob,
	`C24` text,
	`c26` text,
	`my col` integer,
	FOREIGN KEY (`my col`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `t80` (
	`c81` blob NOT NULL,
	`c83` numeric DEFAULT 84 NOT NULL,
	`c85` text DEFAULT 'd86' NOT NULL,
	`c87` text,
	`key` integer
);
--> statement-breakpoint
CREATE TABLE `t129` (
	`id` integer PRIMARY KEY NOT NULL,
	`c130` blob,
	`c132` integer,
	`c133` text,
	`c137` integer GENERATED ALWAYS AS ("c132" IS NULL) VIRTUAL,
	`c226` integer,
	FOREIGN KEY (`c226`) REFERENCES `SELECT`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck136" CHECK("c132" IS NULL OR "c132" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix135` ON `t129` (`c132`);--> statement-breakpoint
INSERT INTO `order`(`id`,`c2`,`c78`) SELECT `id`, `c2`, `c78` FROM `__old_order`;--> statement-breakpoint
INSERT INTO `t18`(`code`,`c19`,`key`,`c22`,`C24`,`c26`) SELECT `code`, `c19`, `key`, `c22`, `C24`, `c26` FROM `__old_t18`;--> statement-breakpoint
INSERT INTO `t80`(`c81`,`c83`,`c85`,`c87`,`key`) SELECT `c81`, `c83`, `c85`, `c87`, `key` FROM `__old_t80`;--> statement-breakpoint
INSERT INTO `t129`(`id`,`c130`,`c132`,`c133`) SELECT `id`, `c130`, `c132`, `c133` FROM `__old_t129`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `__old_t18`;--> statement-breakpoint
DROP TABLE `__old_t80`;--> statement-breakpoint
DROP TABLE `__old_t129`;--> statement-breakpoint
DROP TABLE `t9`;--> statement-breakpoint
CREATE VIEW `v32` AS SELECT "c22" AS "a29", "C24" AS "a30" FROM "t18" WHERE "C24" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v143` AS SELECT "c22" AS "a141", "c26" AS "a142" FROM "t18" WHERE "C24" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v225` AS SELECT "c26" AS "a224" FROM "t18" WHERE "key" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;