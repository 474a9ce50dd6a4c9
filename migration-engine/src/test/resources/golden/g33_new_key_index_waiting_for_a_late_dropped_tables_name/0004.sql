PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v26`;--> statement-breakpoint
DROP VIEW `v6`;--> statement-breakpoint
DROP VIEW `v36`;--> statement-breakpoint
ALTER TABLE `t1` RENAME TO `v36`;--> statement-breakpoint
CREATE UNIQUE INDEX `ix221` ON `T92` (`c95`);--> statement-breakpoint
CREATE TABLE `__old_t14` AS SELECT * FROM `t14`;--> statement-breakpoint
CREATE TABLE `__old_T92` AS SELECT * FROM `T92`;--> statement-breakpoint
CREATE TABLE `__old_v36` AS SELECT * FROM `v36`;--> statement-breakpoint
CREATE TABLE `__old_order` AS SELECT * FROM `order`;--> statement-breakpoint
DELETE FROM `T92`;--> statement-breakpoint
DROP TABLE `t14`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
DROP TABLE `v36`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c213` integer DEFAULT true NOT NULL,
	`rowid` numeric DEFAULT 215,
	`order` numeric DEFAULT 216,
	`we"ird` blob NOT NULL,
	`it's` integer,
	`c218` real,
	`c219` numeric,
	`c220` text GENERATED ALWAYS AS (upper("it's")) STORED,
	FOREIGN KEY (`it's`,`c218`) REFERENCES `order`(`c162`,`c160`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c219`) REFERENCES `v36`(`c91`) ON UPDATE set null ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix223` ON `t1` (`code`,`c220`);--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY NOT NULL,
	`c15` text,
	`c17` text,
	`c18` numeric DEFAULT 19,
	`c20` integer,
	`we"ird` integer,
	`c72` integer,
	`c120` numeric,
	`c222` text,
	FOREIGN KEY (`c20`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`we"ird`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c120`) REFERENCES `v36`(`c91`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c222`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck167" CHECK(length("c18") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc16` ON `t14` (`c15`);--> statement-breakpoint
CREATE INDEX `ix22` ON `t14` (`c20`);--> statement-breakpoint
CREATE INDEX `ix105` ON `t14` (`we"ird`);--> statement-breakpoint
CREATE INDEX `T7` ON `t14` ("c120" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `v36` (
	`c2` text,
	`from` blob,
	`c91` numeric,
	`c122` numeric,
	`c207` text GENERATED ALWAYS AS (typeof("c2")) STORED,
	`c208` text GENERATED ALWAYS AS (typeof("c207")) VIRTUAL,
	`c209` text,
	`c210` integer,
	FOREIGN KEY (`c122`) REFERENCES `v36`(`c91`) ON UPDATE restrict ON DELETE no action,
	FOREIGN KEY (`c209`,`c210`) REFERENCES `T92`(`c96`,`c95`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck106" CHECK("c91" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `v36_c91_unique` ON `v36` (`c91`);--> statement-breakpoint
CREATE INDEX `ix3` ON `v36` (`from`);--> statement-breakpoint
CREATE TABLE `order` (
	`c160` real DEFAULT 161.5 NOT NULL,
	`c162` integer,
	`c163` numeric,
	FOREIGN KEY (`c163`) REFERENCES `v36`(`c91`) ON UPDATE set default ON DELETE no action,
	CONSTRAINT "ck166" CHECK("c160" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix165` ON `order` (`c163`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix206` ON `order` (`c160`);--> statement-breakpoint
CREATE UNIQUE INDEX `__keep_T107` ON `order` (`c162`,`c160`);--> statement-breakpoint
INSERT INTO `t14`(`id`,`c15`,`c17`,`c18`,`c20`,`we"ird`,`c72`,`c120`) SELECT `id`, `c15`, `c17`, `c18`, `c20`, `we"ird`, `c72`, `c120` FROM `__old_t14`;--> statement-breakpoint
INSERT INTO `T92`(`c95`,`c96`,`from`,`rowid`,`c97`,`c99`) SELECT `c95`,`c96`,`from`,`rowid`,`c97`,`c99` FROM `__old_T92`;--> statement-breakpoint
INSERT INTO `v36`(`c2`,`from`,`c91`,`c122`) SELECT `c2`, `from`, `c91`, `c122` FROM `__old_v36`;--> statement-breakpoint
INSERT INTO `order`(`c160`,`c162`,`c163`) SELECT `c160`, `c162`, `c163` FROM `__old_order`;--> statement-breakpoint
DROP TABLE `__old_t14`;--> statement-breakpoint
DROP TABLE `__old_T92`;--> statement-breakpoint
DROP TABLE `__old_v36`;--> statement-breakpoint
DROP TABLE `__old_order`;--> statement-breakpoint
DROP TABLE `t107`;--> statement-breakpoint
CREATE UNIQUE INDEX `T107` ON `order` (`c162`,`c160`);--> statement-breakpoint
DROP INDEX `__keep_T107`;--> statement-breakpoint
CREATE VIEW `v6` AS SELECT "from" AS "a4", "c2" AS "a5" FROM "v36";--> statement-breakpoint
CREATE VIEW `v26` AS SELECT "a4" AS "a24", "a5" AS "a25" FROM "v6";--> statement-breakpoint
PRAGMA foreign_keys=ON;