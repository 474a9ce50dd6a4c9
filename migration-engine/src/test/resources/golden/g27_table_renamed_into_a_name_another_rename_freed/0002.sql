PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v11`;--> statement-breakpoint
DROP VIEW `v21`;--> statement-breakpoint
DROP VIEW `v31`;--> statement-breakpoint
ALTER TABLE `from` RENAME TO `t91`;--> statement-breakpoint
CREATE TABLE `t83` (
	`code` text PRIMARY KEY NOT NULL,
	`c84` integer,
	`c85` integer,
	`c86` text,
	`values` text GENERATED ALWAYS AS ("c86" || '-' || "c84") VIRTUAL,
	FOREIGN KEY (`c85`,`c86`) REFERENCES `t91`(`c14`,`c15`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `from` (
	`id` integer PRIMARY KEY NOT NULL,
	`c92` blob,
	`c93` integer,
	`c94` blob,
	`my col` integer,
	`c96` text GENERATED ALWAYS AS (typeof("c93")) VIRTUAL,
	FOREIGN KEY (`my col`) REFERENCES `from`(`c93`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `from_c93_unique` ON `from` (`c93`);--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
CREATE TABLE `__old_t55` AS SELECT * FROM `t55`;--> statement-breakpoint
PRAGMA ignore_check_constraints=ON;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
DROP TABLE `t55`;--> statement-breakpoint
PRAGMA ignore_check_constraints=OFF;--> statement-breakpoint
CREATE TABLE `t22` (
	`c48` integer PRIMARY KEY NOT NULL,
	`c23` blob,
	`c24` integer,
	`id` real,
	FOREIGN KEY (`c24`) REFERENCES `t22`(`c48`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck26" CHECK(length("c24") < 60),
	CONSTRAINT "ck81" CHECK(length("c48") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix25` ON `t22` (`c48`);--> statement-breakpoint
CREATE INDEX `ex27` ON `t22` (lower("c48"));--> statement-breakpoint
CREATE TABLE `t55` (
	`id` integer PRIMARY KEY NOT NULL,
	`c56` text DEFAULT 'd57',
	`c58` numeric DEFAULT 59 NOT NULL,
	`c60` integer,
	`c61` blob,
	CONSTRAINT "ck62" CHECK("c58" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix82` ON `t55` (`c60`);--> statement-breakpoint
INSERT INTO `t22`(`c48`,`c23`,`c24`,`id`) SELECT `c48`, `c23`, `c24`, `id` FROM `__old_t22`;--> statement-breakpoint
INSERT INTO `t55`(`id`,`c56`,`c58`,`c60`,`c61`) SELECT `id`, `c56`, `c58`, `c60`, `c61` FROM `__old_t55`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t55`;--> statement-breakpoint
CREATE VIEW `v11` AS SELECT "c8" AS "a9", "c1" AS "a10" FROM "select" WHERE "it's" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v31` AS SELECT "c48" AS "a28", "c23" AS "a29", "c24" AS "a30" FROM "t22";--> statement-breakpoint
CREATE VIEW `v89` AS SELECT "a28" AS "a88", "a28" AS "a90" FROM "v31";--> statement-breakpoint
PRAGMA foreign_keys=ON;