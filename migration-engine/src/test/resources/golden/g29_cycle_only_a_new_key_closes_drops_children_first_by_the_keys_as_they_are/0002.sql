PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v23`;--> statement-breakpoint
ALTER TABLE `t5` RENAME COLUMN "id" TO "c73";--> statement-breakpoint
CREATE TABLE `t65` (
	`from` numeric DEFAULT 66,
	`c67` numeric DEFAULT 68 NOT NULL,
	`my col` integer,
	`c69` text,
	`c76` text,
	FOREIGN KEY (`c69`) REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c76`) REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ix70` ON `t65` (`from`);--> statement-breakpoint
CREATE TABLE `t78` (
	`c79` integer,
	`c80` integer,
	`c81` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`Mixed Case` text,
	`c83` integer,
	`c85` text,
	`c86` text GENERATED ALWAYS AS (lower("c81")) STORED,
	`c87` integer,
	FOREIGN KEY (`c83`) REFERENCES `t5`(`c73`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c85`) REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c87`) REFERENCES `t5`(`c73`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ex72` ON `t12` ("c18" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `__old_t5` AS SELECT * FROM `t5`;--> statement-breakpoint
CREATE TABLE `__old_t12` AS SELECT * FROM `t12`;--> statement-breakpoint
DELETE FROM `t12`;--> statement-breakpoint
DROP TABLE `t5`;--> statement-breakpoint
CREATE TABLE `t5` (
	`c73` integer PRIMARY KEY NOT NULL,
	`c6` real,
	`c7` numeric DEFAULT 8 NOT NULL,
	`c9` integer,
	`c10` integer,
	`id` text DEFAULT 'd75' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ix11` ON `t5` (`c6`,`c9`) WHERE "c6" IS NOT NULL;--> statement-breakpoint
INSERT INTO `t5`(`c73`,`c6`,`c7`,`c9`,`c10`) SELECT `c73`, `c6`, `c7`, `c9`, `c10` FROM `__old_t5`;--> statement-breakpoint
INSERT INTO `t12`(`code`,`c13`,`c15`,`c16`,`c18`) SELECT `code`,`c13`,`c15`,`c16`,`c18` FROM `__old_t12`;--> statement-breakpoint
DROP TABLE `__old_t5`;--> statement-breakpoint
DROP TABLE `__old_t12`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE VIEW `v64` AS SELECT "c9" AS "a61", "c7" AS "a62" FROM "t5" WHERE "c9" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;