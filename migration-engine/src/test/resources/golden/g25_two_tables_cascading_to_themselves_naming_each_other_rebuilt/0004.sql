PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v85`;--> statement-breakpoint
ALTER TABLE `t1` RENAME COLUMN "c76" TO "we""ird";--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t72` AS SELECT * FROM `t72`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
DROP TABLE `t72`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
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
	FOREIGN KEY (`c8`) REFERENCES `t72`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c41`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck57" CHECK(length("c4") < 70)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc5` ON `t72` (`c4`);--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY NOT NULL,
	`c45` numeric DEFAULT 46 NOT NULL,
	`group` text,
	`c47` text,
	`c102` integer,
	FOREIGN KEY (`c47`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c102`) REFERENCES `values`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck81" CHECK(length("c47") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix49` ON `values` (`group`,`c45`);--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer,
	`c74` integer DEFAULT true NOT NULL,
	`we"ird` text,
	`c77` text,
	`values` integer,
	`c87` integer,
	`c100` text,
	FOREIGN KEY (`we"ird`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c77`) REFERENCES `t72`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`values`) REFERENCES `values`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c100`) REFERENCES `we"ird`(`code`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "ck79" CHECK("id" IS NULL OR "id" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix78` ON `t1` (`we"ird`,`c74`);--> statement-breakpoint
INSERT INTO `we"ird`(`code`,`rowid`,`c25`,`c27`,`from`,`c28`,`c88`,`c58`) SELECT `code`,`rowid`,`c25`,`c27`,`from`,`c28`,`c88`,`c58` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t72`(`code`,`c2`,`c4`,`c6`,`c8`,`c41`,`c43`,`c82`) SELECT `code`, `c2`, `c4`, `c6`, `c8`, `c41`, `c43`, `c82` FROM `__old_t72`;--> statement-breakpoint
INSERT INTO `values`(`id`,`c45`,`group`,`c47`) SELECT `id`, `c45`, `group`, `c47` FROM `__old_values`;--> statement-breakpoint
INSERT INTO `t1`(`id`,`c74`,`we"ird`,`c77`,`values`,`c87`) SELECT `id`, `c74`, `we"ird`, `c77`, `values`, `c87` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t72`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
CREATE VIEW `v107` AS SELECT "id" AS "a104", "c100" AS "a105", "c77" AS "a106" FROM "t1";--> statement-breakpoint
PRAGMA foreign_keys=ON;