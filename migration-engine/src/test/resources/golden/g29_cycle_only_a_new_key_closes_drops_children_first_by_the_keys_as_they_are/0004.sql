PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `t112`;--> statement-breakpoint
ALTER TABLE `t65` RENAME TO `select`;--> statement-breakpoint
ALTER TABLE `t5` ADD `c145` real DEFAULT 146.5;--> statement-breakpoint
CREATE INDEX `ex151` ON `t5` (("c9" || "id"));--> statement-breakpoint
CREATE UNIQUE INDEX `uc148` ON `t102` (`c67`);--> statement-breakpoint
CREATE TABLE `__old_t78` AS SELECT * FROM `t78`;--> statement-breakpoint
CREATE TABLE `__old_t12` AS SELECT * FROM `t12`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
CREATE TABLE `__old_t102` AS SELECT * FROM `t102`;--> statement-breakpoint
DELETE FROM `t102`;--> statement-breakpoint
DROP TABLE `select`;--> statement-breakpoint
DROP TABLE `t78`;--> statement-breakpoint
DROP TABLE `t12`;--> statement-breakpoint
CREATE TABLE `t78` (
	`c79` integer,
	`c80` integer NOT NULL,
	`c81` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`Mixed Case` blob,
	`c83` integer,
	`c85` text NOT NULL,
	`c86` text GENERATED ALWAYS AS (lower("c81")) STORED,
	`c87` integer,
	PRIMARY KEY(`c80`, `c85`),
	FOREIGN KEY (`c83`) REFERENCES `t5`(`c73`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c85`) REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c87`) REFERENCES `t5`(`c73`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t12` (
	`code` text PRIMARY KEY NOT NULL,
	`c13` integer DEFAULT true NOT NULL,
	`c15` blob,
	`c16` text DEFAULT 'it''s d17',
	`c18` integer,
	`c21` text GENERATED ALWAYS AS (lower("c18")) VIRTUAL,
	`c101` text,
	`order` integer,
	`c147` text,
	FOREIGN KEY (`c18`) REFERENCES `t5`(`c73`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c101`) REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order`,`c147`) REFERENCES `t78`(`c80`,`c85`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ixr149` ON `t12` (`code`);--> statement-breakpoint
CREATE INDEX `ex72` ON `t12` ("c18" COLLATE NOCASE);--> statement-breakpoint
CREATE UNIQUE INDEX `ix144` ON `t12` (`c16`);--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`c104` numeric DEFAULT 105,
	`c106` numeric,
	`c107` blob,
	`c108` text,
	`c109` integer,
	`c110` text,
	FOREIGN KEY (`c108`) REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c109`,`c110`) REFERENCES `t78`(`c80`,`c85`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `t78`(`c79`,`c80`,`c81`,`Mixed Case`,`c83`,`c85`,`c87`) SELECT `c79`, `c80`, `c81`, `Mixed Case`, `c83`, `c85`, `c87` FROM `__old_t78`;--> statement-breakpoint
INSERT INTO `t12`(`code`,`c13`,`c15`,`c16`,`c18`,`c101`) SELECT `code`, `c13`, `c15`, `c16`, `c18`, `c101` FROM `__old_t12`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c104`,`c106`,`c107`,`c108`,`c109`,`c110`) SELECT `id`, `c104`, `c106`, `c107`, `c108`, `c109`, `c110` FROM `__old_select`;--> statement-breakpoint
INSERT INTO `t102`(`from`,`c67`,`my col`,`c69`,`c76`) SELECT `from`,`c67`,`my col`,`c69`,`c76` FROM `__old_t102`;--> statement-breakpoint
DROP TABLE `__old_t78`;--> statement-breakpoint
DROP TABLE `__old_t12`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
DROP TABLE `__old_t102`;--> statement-breakpoint
PRAGMA foreign_keys=ON;