PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t99` (
	`id` integer PRIMARY KEY NOT NULL,
	`c100` blob NOT NULL,
	`c102` blob,
	`key` numeric DEFAULT 103 NOT NULL,
	`c104` text,
	`c105` blob,
	`c107` integer,
	FOREIGN KEY (`c105`) REFERENCES `t41`(`c44`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c107`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix125` ON `t99` (`c104`) WHERE "c104" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t116` (
	`id` integer PRIMARY KEY NOT NULL,
	`c117` integer,
	`c118` integer,
	`c120` text,
	FOREIGN KEY (`c118`) REFERENCES `t30`(`id`) ON UPDATE set default ON DELETE restrict,
	FOREIGN KEY (`c120`) REFERENCES `t51`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix121` ON `t116` (`id`,`c117`);--> statement-breakpoint
CREATE INDEX `ex122` ON `t116` ("c117" DESC);--> statement-breakpoint
ALTER TABLE `t41` ADD `c97` text REFERENCES `t41`(`code`) ON UPDATE set default ON DELETE cascade;--> statement-breakpoint
CREATE TABLE `__old_t51` AS SELECT * FROM `t51`;--> statement-breakpoint
CREATE TABLE `__old_t30` AS SELECT * FROM `t30`;--> statement-breakpoint
CREATE TABLE `__old_t41` AS SELECT * FROM `t41`;--> statement-breakpoint
DELETE FROM `t41`;--> statement-breakpoint
DELETE FROM `t51`;--> statement-breakpoint
DROP TABLE `t30`;--> statement-breakpoint
CREATE TABLE `t30` (
	`id` integer PRIMARY KEY NOT NULL,
	`c31` blob,
	`c32` numeric,
	`c33` numeric DEFAULT 34,
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
INSERT INTO `t51`(`code`,`c52`,`c54`,`c55`) SELECT `code`,`c52`,`c54`,`c55` FROM `__old_t51`;--> statement-breakpoint
INSERT INTO `t30`(`id`,`c31`,`c32`,`c33`,`c35`,`c37`,`c38`,`c39`) SELECT `id`, `c31`, `c32`, `c33`, `c35`, `c37`, coalesce(`c38`, 0), `c39` FROM `__old_t30`;--> statement-breakpoint
INSERT INTO `t41`(`code`,`c42`,`c44`,`select`,`c47`,`c97`) SELECT `code`,`c42`,`c44`,`select`,`c47`,`c97` FROM `__old_t41`;--> statement-breakpoint
DROP TABLE `__old_t51`;--> statement-breakpoint
DROP TABLE `__old_t30`;--> statement-breakpoint
DROP TABLE `__old_t41`;--> statement-breakpoint
CREATE VIEW `v111` AS SELECT "select" AS "a109", "c50" AS "a110" FROM "t41";--> statement-breakpoint
CREATE VIEW `v115` AS SELECT "c42" AS "a112", "c44" AS "a113", "c50" AS "a114" FROM "t41" WHERE "code" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v139` AS SELECT "c17" AS "a136", "c13" AS "a137", "it's" AS "a138" FROM "t10" WHERE "it's" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;