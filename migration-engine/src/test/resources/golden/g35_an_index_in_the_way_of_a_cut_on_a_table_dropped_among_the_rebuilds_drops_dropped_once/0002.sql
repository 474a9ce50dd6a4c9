PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v139`;--> statement-breakpoint
ALTER TABLE `t116` RENAME COLUMN "id" TO "ID";--> statement-breakpoint
CREATE TABLE `t170` (
	`id` integer PRIMARY KEY NOT NULL,
	`c171` text DEFAULT 'it''s d172' NOT NULL,
	`c173` blob,
	`c174` text,
	`we"ird` integer,
	`c176` text GENERATED ALWAYS AS (upper("we""ird")) STORED,
	FOREIGN KEY (`c174`) REFERENCES `t41`(`code`) ON UPDATE set null ON DELETE set null,
	FOREIGN KEY (`we"ird`) REFERENCES `t99`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex177` ON `t170` (lower("c171"));--> statement-breakpoint
CREATE TABLE `it's` (
	`id` integer PRIMARY KEY NOT NULL,
	`c178` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`Mixed Case` real DEFAULT 180.5 NOT NULL,
	`c181` numeric,
	`c182` blob,
	`values` text,
	`c185` integer,
	FOREIGN KEY (`values`) REFERENCES `t51`(`code`) ON UPDATE set default ON DELETE restrict,
	FOREIGN KEY (`c185`) REFERENCES `t116`(`ID`) ON UPDATE set null ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix186` ON `it's` (`Mixed Case`);--> statement-breakpoint
DROP INDEX `ex5`;--> statement-breakpoint
ALTER TABLE `t10` ADD `c187` integer REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
DROP INDEX `ix28`;--> statement-breakpoint
DROP INDEX `ex29`;--> statement-breakpoint
ALTER TABLE `t20` DROP COLUMN `c25`;--> statement-breakpoint
ALTER TABLE `t99` ADD `c190` integer DEFAULT 191 NOT NULL;--> statement-breakpoint
CREATE INDEX `EX5` ON `it's` (substr("c181", 1, 3));--> statement-breakpoint
CREATE TABLE `__old_t51` AS SELECT * FROM `t51`;--> statement-breakpoint
CREATE TABLE `__old_t30` AS SELECT * FROM `t30`;--> statement-breakpoint
CREATE TABLE `__old_t116` AS SELECT * FROM `t116`;--> statement-breakpoint
CREATE TABLE `__old_t41` AS SELECT * FROM `t41`;--> statement-breakpoint
CREATE TABLE `__old_t99` AS SELECT * FROM `t99`;--> statement-breakpoint
DELETE FROM `t99`;--> statement-breakpoint
DELETE FROM `t51`;--> statement-breakpoint
DROP TABLE `t41`;--> statement-breakpoint
DROP TABLE `t116`;--> statement-breakpoint
DROP TABLE `t30`;--> statement-breakpoint
CREATE TABLE `t30` (
	`id` integer PRIMARY KEY NOT NULL,
	`c31` blob,
	`c32` numeric,
	`c33` numeric DEFAULT 188,
	`c35` real DEFAULT 36.5 NOT NULL,
	`c37` integer,
	`c38` integer NOT NULL,
	`c39` text,
	`c123` text,
	FOREIGN KEY (`c37`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c38`,`c39`) REFERENCES `t10`(`c16`,`c17`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c123`) REFERENCES `t51`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex40` ON `t30` (substr("c39", 1, 3));--> statement-breakpoint
CREATE UNIQUE INDEX `uq126` ON `t30` (`c35`,`id`);--> statement-breakpoint
CREATE TABLE `t116` (
	`ID` integer PRIMARY KEY NOT NULL,
	`c117` integer,
	`c118` integer,
	`c120` text,
	FOREIGN KEY (`c118`) REFERENCES `t30`(`id`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`c120`) REFERENCES `t51`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix121` ON `t116` (`ID`,`c117`);--> statement-breakpoint
CREATE INDEX `ex122` ON `t116` ("c117" DESC);--> statement-breakpoint
CREATE TABLE `t41` (
	`code` text PRIMARY KEY NOT NULL,
	`c42` real DEFAULT 43.5 NOT NULL,
	`c44` blob NOT NULL,
	`select` integer,
	`c47` text,
	`c50` text GENERATED ALWAYS AS (typeof("code")) STORED,
	`c97` text,
	`c189` integer,
	FOREIGN KEY (`select`) REFERENCES `t30`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c47`) REFERENCES `t41`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c97`) REFERENCES `t41`(`code`) ON UPDATE set default ON DELETE cascade,
	FOREIGN KEY (`c189`) REFERENCES `t116`(`ID`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck49" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t41_c44_unique` ON `t41` (`c44`);--> statement-breakpoint
INSERT INTO `t51`(`code`,`c52`,`c54`,`c55`) SELECT `code`,`c52`,`c54`,`c55` FROM `__old_t51`;--> statement-breakpoint
INSERT INTO `t30`(`id`,`c31`,`c32`,`c33`,`c35`,`c37`,`c38`,`c39`,`c123`) SELECT `id`, `c31`, `c32`, `c33`, `c35`, `c37`, `c38`, `c39`, `c123` FROM `__old_t30`;--> statement-breakpoint
INSERT INTO `t116`(`ID`,`c117`,`c118`,`c120`) SELECT `ID`, `c117`, `c118`, `c120` FROM `__old_t116`;--> statement-breakpoint
INSERT INTO `t41`(`code`,`c42`,`c44`,`select`,`c47`,`c97`) SELECT `code`, `c42`, `c44`, `select`, `c47`, `c97` FROM `__old_t41`;--> statement-breakpoint
INSERT INTO `t99`(`id`,`c100`,`c102`,`key`,`c104`,`c105`,`c107`,`c190`) SELECT `id`,`c100`,`c102`,`key`,`c104`,`c105`,`c107`,`c190` FROM `__old_t99`;--> statement-breakpoint
DROP TABLE `__old_t51`;--> statement-breakpoint
DROP TABLE `__old_t30`;--> statement-breakpoint
DROP TABLE `__old_t116`;--> statement-breakpoint
DROP TABLE `__old_t41`;--> statement-breakpoint
DROP TABLE `__old_t99`;--> statement-breakpoint
PRAGMA foreign_keys=ON;