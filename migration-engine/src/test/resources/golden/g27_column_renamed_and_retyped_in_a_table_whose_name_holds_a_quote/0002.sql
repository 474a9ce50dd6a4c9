PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t15` RENAME COLUMN "c17" TO "from";--> statement-breakpoint
CREATE TABLE `__old_t15` AS SELECT * FROM `t15`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_t15' WHERE name = 't15';--> statement-breakpoint
DROP TABLE `t15`;--> statement-breakpoint
CREATE TABLE `t15` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c16` blob,
	`from` real DEFAULT 18.5,
	`c21` integer GENERATED ALWAYS AS (length("from")) VIRTUAL,
	`c17` numeric
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 't15' WHERE name = '__old_t15';--> statement-breakpoint
CREATE UNIQUE INDEX `ix19` ON `t15` (`id`,`from`);--> statement-breakpoint
CREATE TABLE `we"ird` (
	`c22` numeric DEFAULT 14,
	`c2` blob,
	`c3` real,
	`group` blob,
	`Mixed Case` integer,
	`values` integer DEFAULT false
);
--> statement-breakpoint
CREATE INDEX `ex5` ON `we"ird` ("group" DESC);--> statement-breakpoint
INSERT INTO `t15`(`id`,`c16`,`from`) SELECT `id`, `c16`, `from` FROM `__old_t15`;--> statement-breakpoint
INSERT INTO `we"ird`(`c22`,`c2`,`c3`,`group`,`Mixed Case`,`values`) SELECT `c22`, `c2`, `c3`, `group`, `Mixed Case`, `values` FROM `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t15`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
PRAGMA foreign_keys=ON;