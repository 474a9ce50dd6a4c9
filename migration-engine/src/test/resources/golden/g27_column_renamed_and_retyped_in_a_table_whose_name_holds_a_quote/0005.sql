PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v89`;--> statement-breakpoint
CREATE TABLE `t130` (
	`code` text PRIMARY KEY NOT NULL,
	`c115` blob,
	`c117` integer DEFAULT (118 + 1) NOT NULL,
	`c119` integer,
	`c120` text GENERATED ALWAYS AS ("c117" || '-' || "code") VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `ex121` ON `t130` (lower("c120"));--> statement-breakpoint
CREATE TABLE `t122` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` blob NOT NULL,
	`c124` numeric DEFAULT 125,
	`c126` blob NOT NULL,
	`c128` integer,
	FOREIGN KEY (`c128`) REFERENCES `t15`(`id`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`c132` numeric DEFAULT 133 NOT NULL,
	`c134` text GENERATED ALWAYS AS (lower("c132")) VIRTUAL
);
--> statement-breakpoint
CREATE TABLE `__old_t50` AS SELECT * FROM `t50`;--> statement-breakpoint
CREATE TABLE `__old_t79` AS SELECT * FROM `t79`;--> statement-breakpoint
CREATE TABLE `__old_t15` AS SELECT * FROM `t15`;--> statement-breakpoint
DELETE FROM `t15`;--> statement-breakpoint
DROP TABLE `t79`;--> statement-breakpoint
DROP TABLE `t50`;--> statement-breakpoint
CREATE TABLE `t50` (
	`code` text PRIMARY KEY NOT NULL,
	`key` integer,
	`c51` integer,
	`it's` integer NOT NULL,
	`we"ird` integer GENERATED ALWAYS AS ("code" IS NULL) STORED,
	`c110` real DEFAULT 111.5 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ex92` ON `t50` ("it's" COLLATE NOCASE);--> statement-breakpoint
CREATE UNIQUE INDEX `ix114` ON `t50` (`c110`,`c51`) WHERE "c110" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t79` (
	`c82` integer NOT NULL,
	`c83` text NOT NULL,
	`c80` real DEFAULT 81.5 NOT NULL,
	`c90` integer,
	`c113` integer GENERATED ALWAYS AS (length("c82")) STORED,
	PRIMARY KEY(`c82`, `c83`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc91` ON `t79` (`c90`);--> statement-breakpoint
CREATE INDEX `ix84` ON `t79` (`c82`,`c83`);--> statement-breakpoint
CREATE INDEX `ex85` ON `t79` ("c83" DESC);--> statement-breakpoint
INSERT INTO `t50`(`code`,`key`,`c51`,`it's`) SELECT `code`, `key`, `c51`, `it's` FROM `__old_t50`;--> statement-breakpoint
INSERT INTO `t79`(`c82`,`c83`,`c80`,`c90`) SELECT `c82`, `c83`, `c80`, `c90` FROM `__old_t79`;--> statement-breakpoint
INSERT INTO `t15`(`id`,`c16`,`from`,`c17`,`c77`) SELECT `id`,`c16`,`from`,`c17`,`c77` FROM `__old_t15`;--> statement-breakpoint
DROP TABLE `__old_t50`;--> statement-breakpoint
DROP TABLE `__old_t79`;--> statement-breakpoint
DROP TABLE `__old_t15`;--> statement-breakpoint
CREATE VIEW `v112` AS SELECT "from" AS "a86", "id" AS "a87", "c16" AS "a88" FROM "t15";--> statement-breakpoint
PRAGMA foreign_keys=ON;