PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `we"ird` ADD `c58` real;--> statement-breakpoint
CREATE INDEX `ix59` ON `we"ird` (`from`,`c27`);--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
DROP TABLE `values`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` numeric DEFAULT 3 NOT NULL,
	`c4` integer,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` text,
	`c11` text GENERATED ALWAYS AS (typeof("c4")) VIRTUAL,
	`c41` text,
	`c43` integer,
	FOREIGN KEY (`c8`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c41`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck57" CHECK("c2" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc5` ON `t1` (`c4`);--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY NOT NULL,
	`c45` numeric DEFAULT 46 NOT NULL,
	`group` real,
	`c47` text,
	FOREIGN KEY (`c47`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix49` ON `values` (`group`,`c45`);--> statement-breakpoint
INSERT INTO `we"ird`(`code`,`rowid`,`c25`,`c27`,`from`,`c28`,`c58`) SELECT `code`,`rowid`,`c25`,`c27`,`from`,`c28`,`c58` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c4`,`c6`,`c8`,`c41`,`c43`) SELECT `code`, `c2`, `c4`, `c6`, `c8`, `c41`, `c43` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `values`(`id`,`c45`,`group`,`c47`) SELECT `id`, `c45`, `group`, `c47` FROM `__old_values`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
DROP TABLE `t30`;--> statement-breakpoint
PRAGMA foreign_keys=ON;