PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v66`;--> statement-breakpoint
DROP VIEW `v80`;--> statement-breakpoint
CREATE TABLE `t170` (
	`c171` blob NOT NULL,
	`c173` numeric,
	`c174` integer,
	`c176` text,
	FOREIGN KEY (`c173`,`c174`) REFERENCES `t55`(`c56`,`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c176`) REFERENCES `t1`(`code`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t185` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c186` text,
	`c187` text,
	`c188` integer,
	`c189` text,
	FOREIGN KEY (`c187`,`c188`) REFERENCES `t69`(`c74`,`c73`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`c189`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `t86` ADD `c180` text GENERATED ALWAYS AS (lower("c95")) VIRTUAL;--> statement-breakpoint
CREATE INDEX `ix184` ON `t55` (`c57`) WHERE "c57" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t86` AS SELECT * FROM `t86`;--> statement-breakpoint
CREATE TABLE `__old_t129` AS SELECT * FROM `t129`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t69` AS SELECT * FROM `t69`;--> statement-breakpoint
DELETE FROM `t86`;--> statement-breakpoint
DROP TABLE `t69`;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t129`;--> statement-breakpoint
CREATE TABLE `t129` (
	`values` integer NOT NULL,
	`my col` text NOT NULL,
	`c8` numeric,
	`c9` numeric DEFAULT 181 NOT NULL,
	`c11` text,
	`c12` real,
	`c13` integer,
	`c14` text,
	`from` text,
	`c67` text,
	`c130` integer,
	PRIMARY KEY(`values`, `my col`),
	FOREIGN KEY (`c13`,`c14`) REFERENCES `t129`(`values`,`my col`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c67`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c130`) REFERENCES `t86`(`select`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix17` ON `t129` (`c13`,`from`);--> statement-breakpoint
CREATE INDEX `ex183` ON `t129` (lower("c67"));--> statement-breakpoint
CREATE TABLE `t20` (
	`values` integer DEFAULT 182 NOT NULL,
	`c22` text NOT NULL,
	`c21` text DEFAULT 'd85',
	`we"ird` integer,
	`c23` text,
	`c25` integer,
	`key` text,
	`c82` text,
	`group` real GENERATED ALWAYS AS (coalesce("key", "we""ird")) VIRTUAL,
	PRIMARY KEY(`values`, `c22`),
	FOREIGN KEY (`we"ird`,`c23`) REFERENCES `t20`(`values`,`c22`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c25`,`key`) REFERENCES `t129`(`values`,`my col`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c82`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t69` (
	`select` real DEFAULT 70.5 NOT NULL,
	`c71` blob,
	`c133` integer,
	`from` text,
	`c73` integer NOT NULL,
	`c74` text NOT NULL,
	`c77` text GENERATED ALWAYS AS (typeof("c133")) VIRTUAL,
	`c72` text,
	PRIMARY KEY(`c74`, `c73`),
	FOREIGN KEY (`c133`,`from`) REFERENCES `t20`(`values`,`c22`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c73`,`c74`) REFERENCES `t129`(`values`,`my col`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck76" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE INDEX `ex78` ON `t69` ("c71" COLLATE NOCASE);--> statement-breakpoint
INSERT INTO `t86`(`c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95`) SELECT `c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95` FROM `__old_t86`;--> statement-breakpoint
INSERT INTO `t129`(`values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`,`c67`,`c130`) SELECT `values`, `my col`, `c8`, `c9`, `c11`, `c12`, `c13`, `c14`, `from`, `c67`, `c130` FROM `__old_t129`;--> statement-breakpoint
INSERT INTO `t20`(`values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`,`c82`) SELECT `values`, `c22`, `c21`, `we"ird`, `c23`, `c25`, `key`, `c82` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t69`(`select`,`c71`,`c133`,`from`,`c73`,`c74`,`c72`) SELECT `select`, `c71`, `c133`, `from`, `c73`, `c74`, `c72` FROM `__old_t69`;--> statement-breakpoint
DROP TABLE `__old_t86`;--> statement-breakpoint
DROP TABLE `__old_t129`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t69`;--> statement-breakpoint
CREATE VIEW `v66` AS SELECT "c59" AS "a63", "c56" AS "a64", "c57" AS "a65", "c61" AS "a179" FROM "t55" WHERE "c61" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v80` AS SELECT "c8" AS "a79", "c8" AS "a178" FROM "t129";--> statement-breakpoint
PRAGMA foreign_keys=ON;