PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v115`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
ALTER TABLE `t170` RENAME COLUMN "we""ird" TO "WE""IRD";--> statement-breakpoint
CREATE TABLE `__old_t51` AS SELECT * FROM `t51`;--> statement-breakpoint
CREATE TABLE `__old_t116` AS SELECT * FROM `t116`;--> statement-breakpoint
CREATE TABLE `__old_t41` AS SELECT * FROM `t41`;--> statement-breakpoint
CREATE TABLE `__old_we"ird` AS SELECT * FROM `we"ird`;--> statement-breakpoint
CREATE TABLE `__old_t99` AS SELECT * FROM `t99`;--> statement-breakpoint
CREATE TABLE `__old_t170` AS SELECT * FROM `t170`;--> statement-breakpoint
CREATE TABLE `__old_t10` AS SELECT * FROM `t10`;--> statement-breakpoint
CREATE TABLE `__old_t20` AS SELECT * FROM `t20`;--> statement-breakpoint
DROP INDEX `ex40`;--> statement-breakpoint
UPDATE `t30` SET `c39` = NULL WHERE `c39` IS NOT NULL;--> statement-breakpoint
DROP TABLE `t20`;--> statement-breakpoint
DROP TABLE `t170`;--> statement-breakpoint
DROP TABLE `t99`;--> statement-breakpoint
DROP TABLE `t41`;--> statement-breakpoint
DROP TABLE `t116`;--> statement-breakpoint
DROP TABLE `t10`;--> statement-breakpoint
DROP TABLE `we"ird`;--> statement-breakpoint
DROP TABLE `t51`;--> statement-breakpoint
DROP TABLE `t30`;--> statement-breakpoint
CREATE TABLE `t51` (
	`code` text PRIMARY KEY NOT NULL,
	`c52` numeric DEFAULT 53,
	`c54` integer,
	`c55` integer
);
--> statement-breakpoint
CREATE INDEX `ex57` ON `t51` (lower("c52")) WHERE "c52" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t116` (
	`ID` integer PRIMARY KEY NOT NULL,
	`c117` integer,
	`c118` integer,
	`c120` text,
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
	FOREIGN KEY (`c47`) REFERENCES `t41`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c97`) REFERENCES `t41`(`code`) ON UPDATE set default ON DELETE cascade,
	FOREIGN KEY (`c189`) REFERENCES `t116`(`ID`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "ck49" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t41_c44_unique` ON `t41` (`c44`);--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` numeric DEFAULT 1 NOT NULL,
	`c2` integer,
	`c3` integer,
	`c4` real GENERATED ALWAYS AS (coalesce("c2", "id")) STORED,
	FOREIGN KEY (`c2`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c3`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `t99` (
	`id` integer PRIMARY KEY NOT NULL,
	`c100` blob NOT NULL,
	`c102` blob,
	`key` numeric DEFAULT 103 NOT NULL,
	`c104` text,
	`c105` blob,
	`c107` integer,
	`c190` integer DEFAULT 191 NOT NULL,
	FOREIGN KEY (`c105`) REFERENCES `t41`(`c44`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c107`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix125` ON `t99` (`c104`) WHERE "c104" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t170` (
	`id` integer PRIMARY KEY NOT NULL,
	`c171` text DEFAULT 'it''s d172' NOT NULL,
	`c173` blob,
	`c174` text,
	`WE"IRD` integer,
	`c176` text GENERATED ALWAYS AS (upper("WE""IRD")) STORED,
	FOREIGN KEY (`c174`) REFERENCES `t41`(`code`) ON UPDATE set null ON DELETE set null,
	FOREIGN KEY (`WE"IRD`) REFERENCES `t99`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex177` ON `t170` (lower("c171"));--> statement-breakpoint
CREATE TABLE `t10` (
	`c16` integer NOT NULL,
	`c17` text NOT NULL,
	`c13` integer DEFAULT -14,
	`it's` real DEFAULT 15.5 NOT NULL,
	`c18` integer,
	`my col` integer,
	`order` text,
	`c187` integer,
	`rowid` integer,
	PRIMARY KEY(`c16`, `c17`),
	FOREIGN KEY (`c18`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`my col`,`order`) REFERENCES `t10`(`c16`,`c17`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c187`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rowid`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex19` ON `t10` (substr("it's", 1, 3));--> statement-breakpoint
CREATE TABLE `t20` (
	`c21` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c23` blob NOT NULL,
	`c26` integer,
	`c27` integer,
	`order` text GENERATED ALWAYS AS (typeof("c27")) VIRTUAL,
	`c245` numeric DEFAULT 246,
	FOREIGN KEY (`c26`) REFERENCES `we"ird`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c27`) REFERENCES `we"ird`(`id`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `t51`(`code`,`c52`,`c54`,`c55`) SELECT `code`, `c52`, `c54`, `c55` FROM `__old_t51`;--> statement-breakpoint
INSERT INTO `t116`(`ID`,`c117`,`c118`,`c120`) SELECT `ID`, `c117`, `c118`, `c120` FROM `__old_t116`;--> statement-breakpoint
INSERT INTO `t41`(`code`,`c42`,`c44`,`select`,`c47`,`c97`,`c189`) SELECT `code`, `c42`, `c44`, `select`, `c47`, `c97`, `c189` FROM `__old_t41`;--> statement-breakpoint
INSERT INTO `we"ird`(`id`,`order`,`c2`,`c3`) SELECT `id`, `order`, `c2`, `c3` FROM `__old_we"ird`;--> statement-breakpoint
INSERT INTO `t99`(`id`,`c100`,`c102`,`key`,`c104`,`c105`,`c107`,`c190`) SELECT `id`, `c100`, `c102`, `key`, `c104`, `c105`, `c107`, `c190` FROM `__old_t99`;--> statement-breakpoint
INSERT INTO `t170`(`id`,`c171`,`c173`,`c174`,`WE"IRD`) SELECT `id`, `c171`, `c173`, `c174`, `WE"IRD` FROM `__old_t170`;--> statement-breakpoint
INSERT INTO `t10`(`c16`,`c17`,`c13`,`it's`,`c18`,`my col`,`order`,`c187`) SELECT `c16`, `c17`, `c13`, `it's`, `c18`, `my col`, `order`, `c187` FROM `__old_t10`;--> statement-breakpoint
INSERT INTO `t20`(`c21`,`c23`,`c26`,`c27`) SELECT `c21`, `c23`, `c26`, `c27` FROM `__old_t20`;--> statement-breakpoint
DROP TABLE `__old_t51`;--> statement-breakpoint
DROP TABLE `__old_t116`;--> statement-breakpoint
DROP TABLE `__old_t41`;--> statement-breakpoint
DROP TABLE `__old_we"ird`;--> statement-breakpoint
DROP TABLE `__old_t99`;--> statement-breakpoint
DROP TABLE `__old_t170`;--> statement-breakpoint
DROP TABLE `__old_t10`;--> statement-breakpoint
DROP TABLE `__old_t20`;--> statement-breakpoint
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
CREATE VIEW `v247` AS SELECT "c42" AS "a112", "c44" AS "a113", "c50" AS "a114" FROM "t41" WHERE "code" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;