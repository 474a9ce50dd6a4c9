PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `ex72`;--> statement-breakpoint
ALTER TABLE `t12` DROP COLUMN `c21`;--> statement-breakpoint
ALTER TABLE `t12` DROP COLUMN `c13`;--> statement-breakpoint
CREATE TABLE `__old_t12` AS SELECT * FROM `t12`;--> statement-breakpoint
CREATE TABLE `__old_t78` AS SELECT * FROM `t78`;--> statement-breakpoint
CREATE TABLE `__old_t102` AS SELECT * FROM `t102`;--> statement-breakpoint
CREATE TABLE `__old_select` AS SELECT * FROM `select`;--> statement-breakpoint
UPDATE `t78` SET `c85` = coalesce((SELECT max(`code`) FROM `t12` WHERE typeof(`code`) = 'text'), '') || '~' || rowid;--> statement-breakpoint
DELETE FROM `select`;--> statement-breakpoint
DELETE FROM `t102`;--> statement-breakpoint
DELETE FROM `t12`;--> statement-breakpoint
DROP TABLE `t78`;--> statement-breakpoint
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
	FOREIGN KEY (`c87`) REFERENCES `t5`(`c73`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `t12`(`code`,`c15`,`c16`,`c18`,`c101`,`order`,`c147`) SELECT `code`,`c15`,`c16`,`c18`,`c101`,`order`,`c147` FROM `__old_t12`;--> statement-breakpoint
INSERT INTO `t78`(`c79`,`c80`,`c81`,`Mixed Case`,`c83`,`c85`,`c87`) SELECT `c79`, `c80`, `c81`, `Mixed Case`, `c83`, `c85`, `c87` FROM `__old_t78`;--> statement-breakpoint
INSERT INTO `t102`(`from`,`c67`,`my col`,`c69`,`c76`) SELECT `from`,`c67`,`my col`,`c69`,`c76` FROM `__old_t102`;--> statement-breakpoint
INSERT INTO `select`(`id`,`c104`,`c106`,`c107`,`c108`,`c109`,`c110`) SELECT `id`,`c104`,`c106`,`c107`,`c108`,`c109`,`c110` FROM `__old_select`;--> statement-breakpoint
DROP TABLE `__old_t12`;--> statement-breakpoint
DROP TABLE `__old_t78`;--> statement-breakpoint
DROP TABLE `__old_t102`;--> statement-breakpoint
DROP TABLE `__old_select`;--> statement-breakpoint
PRAGMA foreign_keys=ON;