PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `we"ird` RENAME COLUMN "values" TO "c22";--> statement-breakpoint
CREATE TABLE `t15` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c16` integer,
	`c17` real DEFAULT 18.5,
	`c21` integer GENERATED ALWAYS AS (length("c17")) VIRTUAL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix19` ON `t15` (`id`,`c17`);--> statement-breakpoint
CREATE TABLE `__new_we"ird` (
	`c22` numeric DEFAULT 14 NOT NULL,
	`c2` blob,
	`c3` real,
	`group` blob,
	`Mixed Case` integer,
	`values` integer DEFAULT false
);
--> statement-breakpoint
INSERT INTO `__new_we"ird`(`c22`,`c2`,`c3`,`group`) SELECT `c22`, `c2`, `c3`, `group` FROM `we"ird`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
ALTER TABLE `__new_we"ird` RENAME TO `we"ird`;--> statement-breakpoint
CREATE INDEX `ex5` ON `we"ird` ("group" DESC);--> statement-breakpoint
PRAGMA foreign_keys=ON;