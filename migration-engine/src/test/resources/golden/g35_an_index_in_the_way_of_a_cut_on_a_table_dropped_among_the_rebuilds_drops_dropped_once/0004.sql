PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v111`;--> statement-breakpoint
DROP VIEW `v247`;--> statement-breakpoint
ALTER TABLE `we"ird` ADD `it's` blob;--> statement-breakpoint
CREATE UNIQUE INDEX `ix312` ON `t51` (`c52`);--> statement-breakpoint
CREATE TABLE `__old_t99` AS SELECT * FROM `t99`;--> statement-breakpoint
CREATE TABLE `__old_t116` AS SELECT * FROM `t116`;--> statement-breakpoint
CREATE TABLE `__old_t170` AS SELECT * FROM `t170`;--> statement-breakpoint
CREATE TABLE `__old_t233` AS SELECT * FROM `t233`;--> statement-breakpoint
DROP TABLE `t233`;--> statement-breakpoint
DROP TABLE `t170`;--> statement-breakpoint
DROP TABLE `t116`;--> statement-breakpoint
DROP TABLE `t99`;--> statement-breakpoint
CREATE TABLE `t99` (
	`id` integer PRIMARY KEY NOT NULL,
	`c100` blob NOT NULL,
	`c102` blob,
	`key` numeric DEFAULT 103 NOT NULL,
	`c104` text,
	`c105` numeric,
	`c107` integer,
	`c190` integer DEFAULT 191 NOT NULL,
	FOREIGN KEY (`c107`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix125` ON `t99` (`c104`) WHERE "c104" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t116` (
	`ID` integer PRIMARY KEY NOT NULL,
	`c117` blob,
	`c120` text
);
--> statement-breakpoint
CREATE INDEX `ix121` ON `t116` (`ID`,`c117`);--> statement-breakpoint
CREATE INDEX `ex122` ON `t116` ("c117" DESC);--> statement-breakpoint
CREATE TABLE `t170` (
	`id` integer PRIMARY KEY NOT NULL,
	`c171` text DEFAULT 'it''s d172' NOT NULL,
	`c173` blob,
	`c174` text,
	`WE"IRD` integer,
	`c176` text GENERATED ALWAYS AS (upper("WE""IRD")) STORED,
	FOREIGN KEY (`WE"IRD`) REFERENCES `t99`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex177` ON `t170` (lower("c171"));--> statement-breakpoint
CREATE TABLE `t233` (
	`id` integer PRIMARY KEY NOT NULL,
	`c234` real DEFAULT 235.5 NOT NULL,
	`c236` blob,
	`c239` integer,
	`c240` integer,
	`c242` integer,
	FOREIGN KEY (`c240`) REFERENCES `t99`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c242`) REFERENCES `t116`(`ID`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc238` ON `t233` (`c236`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix243` ON `t233` (`c242`,`c239`);--> statement-breakpoint
INSERT INTO `t99`(`id`,`c100`,`c102`,`key`,`c104`,`c105`,`c107`,`c190`) SELECT `id`, `c100`, `c102`, `key`, `c104`, `c105`, `c107`, `c190` FROM `__old_t99`;--> statement-breakpoint
INSERT INTO `t116`(`ID`,`c117`,`c120`) SELECT `ID`, `c117`, `c120` FROM `__old_t116`;--> statement-breakpoint
INSERT INTO `t170`(`id`,`c171`,`c173`,`c174`,`WE"IRD`) SELECT `id`, `c171`, `c173`, `c174`, `WE"IRD` FROM `__old_t170`;--> statement-breakpoint
INSERT INTO `t233`(`id`,`c234`,`c236`,`c239`,`c240`,`c242`) SELECT `id`, `c234`, `c236`, `c239`, `c240`, `c242` FROM `__old_t233`;--> statement-breakpoint
DROP TABLE `__old_t99`;--> statement-breakpoint
DROP TABLE `__old_t116`;--> statement-breakpoint
DROP TABLE `__old_t170`;--> statement-breakpoint
DROP TABLE `__old_t233`;--> statement-breakpoint
DROP TABLE `t41`;--> statement-breakpoint
CREATE VIEW `v314` AS SELECT "a7" AS "a313" FROM "v9";--> statement-breakpoint
PRAGMA foreign_keys=ON;