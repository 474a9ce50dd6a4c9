PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`key` integer NOT NULL,
	`c35` text NOT NULL,
	`c33` integer,
	`rowid` text DEFAULT 'it''s d34' NOT NULL,
	`c36` integer,
	`c37` text,
	`c38` integer,
	`from` text,
	PRIMARY KEY(`key`, `c35`),
	FOREIGN KEY (`c36`,`c37`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c38`,`from`) REFERENCES `Mixed Case`(`key`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `Mixed Case` (`c38`);--> statement-breakpoint
CREATE TABLE `select` (
	`order` integer NOT NULL,
	`c48` text NOT NULL,
	`from` text,
	`c49` integer,
	`c50` text,
	`c51` integer,
	`c52` text,
	PRIMARY KEY(`order`, `c48`),
	FOREIGN KEY (`c49`,`c50`) REFERENCES `Mixed Case`(`key`,`c35`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c51`,`c52`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
CREATE TABLE `__old_it's` AS SELECT * FROM `it's`;--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
DELETE FROM `t22`;--> statement-breakpoint
DROP TABLE `it's`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer DEFAULT 3,
	`c4` real DEFAULT 5.5 NOT NULL,
	`c6` text DEFAULT 'd53' NOT NULL,
	`c8` numeric DEFAULT 9,
	`order` integer,
	FOREIGN KEY (`order`) REFERENCES `t1`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix10` ON `t1` (`c6`);--> statement-breakpoint
CREATE TABLE `it's` (
	`c16` integer NOT NULL,
	`c17` text NOT NULL,
	`c11` blob NOT NULL,
	`c13` real DEFAULT 43.5,
	`c14` blob,
	`from` integer,
	`we"ird` text,
	`c18` integer,
	`c19` text,
	PRIMARY KEY(`c16`, `c17`),
	FOREIGN KEY (`from`,`we"ird`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c18`,`c19`) REFERENCES `it's`(`c16`,`c17`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix21` ON `it's` (`c16`,`c14`) WHERE "c16" IS NOT NULL;--> statement-breakpoint
INSERT INTO `t1`(`id`,`c2`,`c4`,`c6`,`c8`,`order`) SELECT `id`, `c2`, `c4`, `c6`, `c8`, `order` FROM `__old_t1`;--> statement-breakpoint
INSERT INTO `it's`(`c16`,`c17`,`c11`,`c13`,`c14`,`from`,`we"ird`,`c18`,`c19`) SELECT `c16`, `c17`, `c11`, `c13`, `c14`, `from`, `we"ird`, `c18`, `c19` FROM `__old_it's`;--> statement-breakpoint
INSERT INTO `t22`(`it's`,`c23`,`c25`) SELECT `it's`,`c23`,`c25` FROM `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_it's`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
CREATE VIEW `v42` AS SELECT "c37" AS "a41" FROM "Mixed Case";--> statement-breakpoint
CREATE VIEW `v45` AS SELECT "a41" AS "a44" FROM "v42" WHERE "a41" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v47` AS SELECT "c33" AS "a46" FROM "Mixed Case" WHERE "rowid" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v57` AS SELECT "c36" AS "a54", "c33" AS "a55", "key" AS "a56" FROM "Mixed Case";--> statement-breakpoint
PRAGMA foreign_keys=ON;