PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v31`;--> statement-breakpoint
ALTER TABLE `select` RENAME COLUMN "c4" TO "c50";--> statement-breakpoint
ALTER TABLE `t22` RENAME COLUMN "id" TO "c48";--> statement-breakpoint
CREATE TABLE `t55` (
	`id` integer PRIMARY KEY NOT NULL,
	`c56` text DEFAULT 'd57',
	`c58` numeric DEFAULT 59 NOT NULL,
	`c60` integer,
	`c61` text,
	FOREIGN KEY (`c60`,`c61`) REFERENCES `select`(`c2`,`c3`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck62" CHECK("c58" IS NOT 'forbidden')
);
--> statement-breakpoint
ALTER TABLE `select` ADD `c4` real;--> statement-breakpoint
DROP INDEX `ex27`;--> statement-breakpoint
ALTER TABLE `t22` ADD `id` real;--> statement-breakpoint
CREATE UNIQUE INDEX `uc47` ON `select` (`it's`);--> statement-breakpoint
CREATE INDEX `ex27` ON `t22` (lower("c48"));--> statement-breakpoint
CREATE TABLE `__old_from` AS SELECT * FROM `from`;--> statement-breakpoint
DROP TABLE `from`;--> statement-breakpoint
CREATE TABLE `from` (
	`c14` integer NOT NULL,
	`c15` text NOT NULL,
	`c12` numeric,
	`c13` blob,
	`c16` integer,
	`c17` text,
	`c52` integer,
	`c53` text,
	PRIMARY KEY(`c14`, `c15`),
	FOREIGN KEY (`c16`,`c17`) REFERENCES `select`(`c2`,`c3`) ON UPDATE restrict ON DELETE cascade,
	FOREIGN KEY (`c52`,`c53`) REFERENCES `from`(`c14`,`c15`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck18" CHECK("c14" IS NULL OR "c14" IS NOT -1)
);
--> statement-breakpoint
INSERT INTO `from`(`c14`,`c15`,`c12`,`c13`,`c16`,`c17`) SELECT `c14`, `c15`, `c12`, `c13`, `c16`, `c17` FROM `__old_from`;--> statement-breakpoint
DROP TABLE `__old_from`;--> statement-breakpoint
CREATE VIEW `v31` AS SELECT "c48" AS "a28", "c23" AS "a29", "c24" AS "a30" FROM "t22";--> statement-breakpoint
PRAGMA foreign_keys=ON;