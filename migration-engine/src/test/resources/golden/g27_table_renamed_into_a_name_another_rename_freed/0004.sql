PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v11`;--> statement-breakpoint
DROP VIEW `v31`;--> statement-breakpoint
DROP VIEW `v89`;--> statement-breakpoint
ALTER TABLE `select` RENAME TO `we"ird`;--> statement-breakpoint
ALTER TABLE `t22` RENAME TO `select`;--> statement-breakpoint
CREATE TABLE `t141` (
	`id` integer PRIMARY KEY NOT NULL,
	`my col` blob,
	`c158` integer DEFAULT 159 NOT NULL,
	CONSTRAINT "ck143" CHECK(length("my col") < 60)
);
--> statement-breakpoint
CREATE TABLE `t147` (
	`c152` integer NOT NULL,
	`c153` text NOT NULL,
	`c148` numeric,
	`c149` real,
	`c150` text,
	`c151` blob,
	`c154` integer,
	PRIMARY KEY(`c152`, `c153`),
	FOREIGN KEY (`c154`) REFERENCES `select`(`c48`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t147_c148_unique` ON `t147` (`c148`);--> statement-breakpoint
CREATE INDEX `ix155` ON `t147` (`c151`);--> statement-breakpoint
CREATE INDEX `ex156` ON `t147` (length("c153"));--> statement-breakpoint
CREATE INDEX `ix146` ON `we"ird` (`c3`);--> statement-breakpoint
CREATE TABLE `__old_t83` AS SELECT * FROM `t83`;--> statement-breakpoint
DROP TABLE `t83`;--> statement-breakpoint
CREATE TABLE `t83` (
	`code` text PRIMARY KEY NOT NULL,
	`c84` text,
	`c85` integer,
	`c86` text,
	`values` text GENERATED ALWAYS AS ("c86" || '-' || "c84") VIRTUAL,
	FOREIGN KEY (`c85`,`c86`) REFERENCES `t91`(`c14`,`c15`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex157` ON `t83` ("c84" COLLATE NOCASE);--> statement-breakpoint
INSERT INTO `t83`(`code`,`c84`,`c85`,`c86`) SELECT `code`, `c84`, `c85`, `c86` FROM `__old_t83`;--> statement-breakpoint
DROP TABLE `__old_t83`;--> statement-breakpoint
CREATE VIEW `v11` AS SELECT "c8" AS "a9", "c1" AS "a10" FROM "we""ird" WHERE "it's" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v31` AS SELECT "c48" AS "a28", "c23" AS "a29", "c24" AS "a30" FROM "select";--> statement-breakpoint
CREATE VIEW `v89` AS SELECT "a28" AS "a88", "a28" AS "a90" FROM "v31";--> statement-breakpoint
CREATE VIEW `v145` AS SELECT "c12" AS "a144" FROM "t91";--> statement-breakpoint
PRAGMA foreign_keys=ON;