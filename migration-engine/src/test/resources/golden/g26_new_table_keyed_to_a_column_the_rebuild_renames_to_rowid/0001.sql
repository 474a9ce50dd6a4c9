PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_t7` AS SELECT * FROM `t7`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DROP TABLE `t7`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t7` (
	`id` integer PRIMARY KEY NOT NULL,
	`c8` blob,
	`c9` integer,
	`c10` integer,
	`c14` text GENERATED ALWAYS AS (typeof("c9")) STORED,
	`c23` blob,
	`c26` real DEFAULT 27.5,
	FOREIGN KEY (`c9`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c10`) REFERENCES `t1`(`rowid`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck13" CHECK("c8" IS NULL OR "c8" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix12` ON `t7` (`c10`,`c8`) WHERE "c10" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex31` ON `t7` (("c14" || "c23"));--> statement-breakpoint
CREATE UNIQUE INDEX `uq25` ON `t7` (`c23`,`id`);--> statement-breakpoint
CREATE TABLE `t1` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT 'it''s d3' NOT NULL,
	`c4` integer,
	`c5` integer,
	`id` real DEFAULT 22.5 NOT NULL,
	`c28` blob,
	`c29` integer,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`rowid`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`c28`,`c29`) REFERENCES `t7`(`c23`,`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `t7`(`id`,`c8`,`c9`,`c10`) SELECT `id`, `c8`, `c9`, `c10` FROM `__old_t7`;--> statement-breakpoint
INSERT INTO `t1`(`rowid`,`c2`,`c4`,`c5`) SELECT `id`, `c2`, `c4`, `c5` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t7`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
CREATE TABLE `t32` (
	`c38` integer NOT NULL,
	`c39` text NOT NULL,
	`c33` real,
	`c34` real,
	`c35` numeric DEFAULT 36 NOT NULL,
	`group` numeric DEFAULT 37,
	`c40` integer,
	`c42` integer,
	PRIMARY KEY(`c38`, `c39`),
	FOREIGN KEY (`c40`) REFERENCES `t1`(`rowid`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c42`) REFERENCES `t1`(`rowid`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex44` ON `t32` ("c39" COLLATE NOCASE);--> statement-breakpoint
CREATE VIEW `v48` AS SELECT "c10" AS "a45", "id" AS "a46", "c8" AS "a47" FROM "t7";--> statement-breakpoint
PRAGMA foreign_keys=ON;