PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v64`;--> statement-breakpoint
ALTER TABLE `t65` RENAME TO `t102`;--> statement-breakpoint
ALTER TABLE `t12` ADD `c101` text REFERENCES `t12`(`code`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
CREATE TABLE `__old_t78` AS SELECT * FROM `t78`;--> statement-breakpoint
DROP TABLE `t78`;--> statement-breakpoint
CREATE TABLE `t78` (
	`c79` integer,
	`c80` integer NOT NULL,
	`c81` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`Mixed Case` text,
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
INSERT INTO `t78`(`c79`,`c80`,`c81`,`Mixed Case`,`c83`,`c85`,`c87`) SELECT `c79`, coalesce(`c80`, 0), `c81`, `Mixed Case`, `c83`, coalesce(`c85`, ''), `c87` FROM `__old_t78`;--> statement-breakpoint
DROP TABLE `__old_t78`;--> statement-breakpoint
CREATE TABLE `t65` (
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
CREATE TABLE `t112` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` real,
	`c113` integer,
	`c114` text,
	`from` integer,
	FOREIGN KEY (`c113`,`c114`) REFERENCES `t78`(`c80`,`c85`) ON UPDATE restrict ON DELETE restrict,
	FOREIGN KEY (`from`) REFERENCES `t112`(`id`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex115` ON `t112` (length("rowid"));--> statement-breakpoint
CREATE VIEW `v100` AS SELECT "c9" AS "a61", "c7" AS "a62", "c6" AS "a98" FROM "t5" WHERE "c9" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;