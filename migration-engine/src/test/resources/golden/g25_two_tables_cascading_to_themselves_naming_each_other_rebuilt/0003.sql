PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t1` RENAME TO `t72`;--> statement-breakpoint
ALTER TABLE `we"ird` RENAME COLUMN "c58" TO "c88";--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t72` AS SELECT * FROM `t72`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
DROP TABLE `t72`;--> statement-breakpoint
CREATE TABLE `t72` (`code` text, `c2` numeric, `c4` integer, `c6` integer, `c8` text, `c11` text, `c41` text, `c43` integer, PRIMARY KEY(`code`));--> statement-breakpoint
CREATE UNIQUE INDEX `__stand_in_t72_key` ON `t72` (`c4`);--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
DROP TABLE `t72`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`code` text PRIMARY KEY NOT NULL,
	`rowid` numeric DEFAULT 24 NOT NULL,
	`c25` real DEFAULT 26.5,
	`c27` text DEFAULT (CURRENT_TIMESTAMP),
	`from` text,
	`c28` integer,
	`c88` real,
	`c58` text DEFAULT 'it''s d89',
	FOREIGN KEY (`from`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c28`) REFERENCES `t72`(`c4`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix59` ON `we"ird` (`from`,`c27`);--> statement-breakpoint
CREATE TABLE `t72` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` numeric DEFAULT 3,
	`c4` integer,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` text,
	`c11` text GENERATED ALWAYS AS (typeof("c4")) VIRTUAL,
	`c41` text,
	`c43` integer,
	`c82` real DEFAULT 83.5,
	FOREIGN KEY (`c8`) REFERENCES `t72`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c41`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck57" CHECK(length("c4") < 70)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc5` ON `t72` (`c4`);--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY NOT NULL,
	`c45` numeric DEFAULT 46 NOT NULL,
	`group` real,
	`c47` text,
	FOREIGN KEY (`c47`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck81" CHECK(length("c47") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix49` ON `values` (`group`,`c45`);--> statement-breakpoint
INSERT INTO `we"ird`(`code`,`rowid`,`c25`,`c27`,`from`,`c28`,`c88`) SELECT `code`, `rowid`, `c25`, `c27`, `from`, `c28`, `c88` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t72`(`code`,`c2`,`c4`,`c6`,`c8`,`c41`,`c43`) SELECT `code`, `c2`, `c4`, `c6`, `c8`, `c41`, `c43` FROM `__old_t72`;--> statement-breakpoint
INSERT INTO `values`(`id`,`c45`,`group`,`c47`) SELECT `id`, `c45`, `group`, `c47` FROM `__old_values`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t72`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer,
	`c74` integer DEFAULT true NOT NULL,
	`c76` text,
	`c77` text,
	`values` integer,
	`c87` integer,
	FOREIGN KEY (`c76`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c77`) REFERENCES `t72`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`values`) REFERENCES `values`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck79" CHECK("id" IS NULL OR "id" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix78` ON `t1` (`c76`,`c74`);--> statement-breakpoint
CREATE VIEW `v85` AS SELECT "group" AS "a84" FROM "values";--> statement-breakpoint
PRAGMA foreign_keys=ON;