PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t42` RENAME TO `my col`;--> statement-breakpoint
ALTER TABLE `t1` RENAME COLUMN "c2" TO "c103";--> statement-breakpoint
ALTER TABLE `t12` DROP COLUMN `c85`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_t12` AS SELECT * FROM `t12`;--> statement-breakpoint
DELETE FROM `t12`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c103` numeric,
	`c3` text,
	`c4` real,
	`c5` integer,
	`rowid` text GENERATED ALWAYS AS (upper("c103")) VIRTUAL,
	`c2` integer,
	CONSTRAINT "ck7" CHECK("code" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix6` ON `t1` (`c4`);--> statement-breakpoint
CREATE INDEX `ex8` ON `t1` (substr("c3", 1, 3));--> statement-breakpoint
INSERT INTO `t1`(`code`,`c103`,`c3`,`c4`,`c5`) SELECT `code`, `c103`, `c3`, `c4`, `c5` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `t12`(`c13`,`c15`) SELECT `c13`,`c15` FROM `__old_t12`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t12`;--> statement-breakpoint
PRAGMA foreign_keys=ON;