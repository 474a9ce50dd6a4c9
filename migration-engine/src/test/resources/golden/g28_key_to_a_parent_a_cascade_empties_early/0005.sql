PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v97`;--> statement-breakpoint
DROP VIEW `v110`;--> statement-breakpoint
CREATE TABLE `__old_t98` AS SELECT * FROM `t98`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
UPDATE `t88` SET `rowid` = coalesce((SELECT max(`code`) FROM `Mixed Case` WHERE typeof(`code`) = 'text'), '') || '~' || oid;--> statement-breakpoint
DELETE FROM `we"ird`;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
DROP TABLE `t98`;--> statement-breakpoint
CREATE TABLE `t98` (
	`code` text PRIMARY KEY NOT NULL,
	`c99` blob,
	`c100` text DEFAULT 'd101',
	`c102` text DEFAULT '',
	`c103` integer,
	`c104` integer,
	`c105` text,
	`c107` text GENERATED ALWAYS AS (typeof("c102")) VIRTUAL,
	`c174` integer DEFAULT -175
);
--> statement-breakpoint
CREATE INDEX `ex108` ON `t98` ("code" DESC);--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`code` text PRIMARY KEY NOT NULL,
	`c14` integer DEFAULT 15 NOT NULL,
	`c16` numeric,
	`c17` real DEFAULT 18.5 NOT NULL,
	`c199` text,
	`c21` text,
	`c22` integer GENERATED ALWAYS AS ("c21" IS NULL) VIRTUAL,
	`c178` numeric,
	FOREIGN KEY (`c199`) REFERENCES `Mixed Case`(`code`) ON UPDATE set null ON DELETE cascade,
	FOREIGN KEY (`c21`) REFERENCES `we"ird`(`c1`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `t98`(`code`,`c99`,`c100`,`c102`,`c103`,`c104`,`c105`,`c174`) SELECT `code`, `c99`, `c100`, `c102`, `c103`, `c104`, `c105`, `c174` FROM `__old_t98`;--> statement-breakpoint
INSERT INTO `we"ird`(`c4`,`c5`,`c1`,`c2`,`c3`,`c6`,`order`,`c8`,`c9`,`c156`) SELECT `c4`,`c5`,`c1`,`c2`,`c3`,`c6`,`order`,`c8`,`c9`,`c156` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `Mixed Case`(`code`,`c14`,`c16`,`c17`,`c199`,`c21`,`c178`) SELECT `code`, `c14`, `c16`, `c17`, `c199`, `c21`, `c178` FROM `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_t98`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `t166`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
DROP TABLE `t88`;--> statement-breakpoint
PRAGMA foreign_keys=ON;