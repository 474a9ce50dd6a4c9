PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t55` (
	`id` integer NOT NULL,
	`c56` numeric,
	`c57` integer DEFAULT (58 + 1) NOT NULL,
	`c59` text,
	`c61` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`c59`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix84` ON `t55` (`c57`,`c56`) WHERE "c57" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t86` (
	`c90` integer NOT NULL,
	`c91` text NOT NULL,
	`c87` numeric DEFAULT 88 NOT NULL,
	`select` integer,
	`c92` text,
	`c94` integer,
	`c95` text,
	`c96` integer GENERATED ALWAYS AS (length("select")) VIRTUAL,
	PRIMARY KEY(`c90`, `c91`),
	FOREIGN KEY (`c92`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c94`,`c95`) REFERENCES `t7`(`values`,`my col`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc89` ON `t86` (`select`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix81` ON `t1` (`c4`,`c2`) WHERE "c4" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t7` AS SELECT * FROM `t7`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t7`;--> statement-breakpoint
CREATE TABLE `t7` (
	`values` integer NOT NULL,
	`my col` text NOT NULL,
	`c8` numeric,
	`c9` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c11` text,
	`c12` text,
	`c13` integer,
	`c14` text,
	`from` text,
	`c67` text,
	PRIMARY KEY(`values`, `my col`),
	FOREIGN KEY (`c13`,`c14`) REFERENCES `t7`(`values`,`my col`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c67`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix17` ON `t7` (`c13`,`from`);--> statement-breakpoint
CREATE TABLE `t20` (
	`values` integer NOT NULL,
	`c22` text NOT NULL,
	`c21` text DEFAULT 'd85',
	`we"ird` integer,
	`c23` text,
	`c25` integer,
	`key` text,
	`c82` text,
	PRIMARY KEY(`values`, `c22`),
	FOREIGN KEY (`we"ird`,`c23`) REFERENCES `t20`(`values`,`c22`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c25`,`key`) REFERENCES `t7`(`values`,`my col`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c82`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `t7`(`values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`) SELECT `values`, `my col`, `c8`, `c9`, `c11`, `c12`, `c13`, `c14`, `from` FROM `__old_t7`;--> statement-breakpoint
INSERT INTO `t20`(`values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`) SELECT `values`, `c22`, `c21`, `we"ird`, `c23`, `c25`, `key` FROM `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t7`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
CREATE TABLE `t69` (
	`select` real DEFAULT 70.5 NOT NULL,
	`c71` blob,
	`c72` integer,
	`from` text,
	`c73` integer,
	`c74` text,
	`c77` text GENERATED ALWAYS AS (typeof("c72")) VIRTUAL,
	FOREIGN KEY (`c72`,`from`) REFERENCES `t20`(`values`,`c22`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c73`,`c74`) REFERENCES `t7`(`values`,`my col`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck76" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix75` ON `t69` (`c72`);--> statement-breakpoint
CREATE INDEX `ex78` ON `t69` ("c71" COLLATE NOCASE);--> statement-breakpoint
CREATE VIEW `v66` AS SELECT "c59" AS "a63", "c56" AS "a64", "c57" AS "a65" FROM "t55" WHERE "c61" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v80` AS SELECT "c8" AS "a79" FROM "t7";--> statement-breakpoint
PRAGMA foreign_keys=ON;