PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t249` (
	`id` integer PRIMARY KEY NOT NULL,
	`c250` real,
	`c251` numeric,
	`c252` blob NOT NULL,
	`c254` text,
	`c255` text,
	`values` integer,
	`c257` text,
	`c258` integer,
	`c260` integer GENERATED ALWAYS AS ("c250" IS NULL) VIRTUAL,
	FOREIGN KEY (`c255`,`values`) REFERENCES `t69`(`c74`,`c73`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c257`,`c258`) REFERENCES `t69`(`c74`,`c73`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck259" CHECK(length("c258") < 60)
);
--> statement-breakpoint
CREATE INDEX `ex234` ON `t129` ("c130" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t55` AS SELECT * FROM `t55`;--> statement-breakpoint
CREATE TABLE `__old_t86` AS SELECT * FROM `t86`;--> statement-breakpoint
CREATE TABLE `__old_t129` AS SELECT * FROM `t129`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
CREATE TABLE `__old_t69` AS SELECT * FROM `t69`;--> statement-breakpoint
CREATE TABLE `__old_t170` AS SELECT * FROM `t170`;--> statement-breakpoint
CREATE TABLE `__old_t185` AS SELECT * FROM `t185`;--> statement-breakpoint
UPDATE `t69` SET `c73` = coalesce((SELECT max(`values`) FROM `t129` WHERE typeof(`values`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DELETE FROM `t20`;--> statement-breakpoint
DELETE FROM `t129`;--> statement-breakpoint
DELETE FROM `t86`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t185' WHERE name = 't185';--> statement-breakpoint
DROP TABLE `t185`;--> statement-breakpoint
DROP TABLE `t170`;--> statement-breakpoint
DROP TABLE `t69`;--> statement-breakpoint
DROP TABLE `t55`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` text,
	`c131` text,
	`c4` text,
	`rowid` numeric,
	FOREIGN KEY (`c131`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck248" CHECK(length("code") < 60)
);
--> statement-breakpoint
CREATE INDEX `ex6` ON `t1` (lower("c2")) WHERE "c2" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `ix81` ON `t1` (`c4`,`c2`) WHERE "c4" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t55` (
	`id` integer NOT NULL,
	`c56` numeric NOT NULL,
	`c57` integer DEFAULT (58 + 1) NOT NULL,
	`c59` text,
	`c61` text NOT NULL,
	`rowid` real,
	PRIMARY KEY(`c56`, `id`),
	FOREIGN KEY (`c59`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix84` ON `t55` (`c57`,`c56`) WHERE "c57" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ix184` ON `t55` (`c57`) WHERE "c57" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t69` (
	`select` real DEFAULT 70.5 NOT NULL,
	`c71` blob,
	`c133` integer,
	`from` text,
	`c73` integer NOT NULL,
	`c74` text NOT NULL,
	`c77` text GENERATED ALWAYS AS (typeof("c133")) VIRTUAL,
	`c72` text,
	`c232` blob,
	PRIMARY KEY(`c74`, `c73`),
	FOREIGN KEY (`c73`,`c74`) REFERENCES `t129`(`values`,`my col`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck76" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE INDEX `ex78` ON `t69` ("c71" COLLATE NOCASE);--> statement-breakpoint
CREATE UNIQUE INDEX `uq231` ON `t69` (`c74`,`c71`);--> statement-breakpoint
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
	`c233` text GENERATED ALWAYS AS ("c186" || '-' || "c189") VIRTUAL,
	FOREIGN KEY (`c187`,`c188`) REFERENCES `t69`(`c74`,`c73`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`c189`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't185' WHERE name = '__old_t185';--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c131`,`c4`,`rowid`) SELECT `code`, `c2`, `c131`, `c4`, `rowid` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t55`(`id`,`c56`,`c57`,`c59`,`c61`,`rowid`) SELECT `id`, `c56`, `c57`, `c59`, `c61`, `rowid` FROM `__old_t55`;--> statement-breakpoint
INSERT INTO `t86`(`c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95`) SELECT `c90`,`c91`,`c87`,`select`,`c92`,`c94`,`c95` FROM `__old_t86`;--> statement-breakpoint
INSERT INTO `t129`(`values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`,`c67`,`c130`) SELECT `values`,`my col`,`c8`,`c9`,`c11`,`c12`,`c13`,`c14`,`from`,`c67`,`c130` FROM `__old_t129`;--> statement-breakpoint
INSERT INTO `t20`(`values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`,`c82`) SELECT `values`,`c22`,`c21`,`we"ird`,`c23`,`c25`,`key`,`c82` FROM `__old_t20`;--> statement-breakpoint
INSERT INTO `t69`(`select`,`c71`,`c133`,`from`,`c73`,`c74`,`c72`) SELECT `select`, `c71`, `c133`, `from`, `c73`, `c74`, `c72` FROM `__old_t69`;--> statement-breakpoint
INSERT INTO `t170`(`c171`,`c173`,`c174`,`c176`) SELECT `c171`, `c173`, `c174`, `c176` FROM `__old_t170`;--> statement-breakpoint
INSERT INTO `t185`(`id`,`c186`,`c187`,`c188`,`c189`) SELECT `id`, `c186`, `c187`, `c188`, `c189` FROM `__old_t185`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t55`;--> statement-breakpoint
DROP TABLE `__old_t86`;--> statement-breakpoint
DROP TABLE `__old_t129`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t69`;--> statement-breakpoint
DROP TABLE `__old_t170`;--> statement-breakpoint
DROP TABLE `__old_t185`;--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`c235` numeric DEFAULT 236 NOT NULL,
	`c237` integer DEFAULT -238,
	`c239` integer DEFAULT (240 + 1) NOT NULL,
	`c241` real,
	`c242` integer,
	`c244` text,
	`c247` text GENERATED ALWAYS AS (lower("c241")) VIRTUAL,
	FOREIGN KEY (`c242`) REFERENCES `t185`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c244`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix246` ON `select` (`c244`);--> statement-breakpoint
PRAGMA foreign_keys=ON;