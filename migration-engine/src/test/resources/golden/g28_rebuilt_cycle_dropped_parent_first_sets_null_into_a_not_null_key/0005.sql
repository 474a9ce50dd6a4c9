PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v59`;--> statement-breakpoint
ALTER TABLE `t97` RENAME TO `Mixed Case`;--> statement-breakpoint
CREATE TABLE `t97` (
	`id` integer PRIMARY KEY NOT NULL,
	`c155` numeric DEFAULT 156,
	`c157` text DEFAULT '',
	`c159` integer,
	`c160` text,
	`c162` text GENERATED ALWAYS AS ("c155" || '-' || "c159") STORED,
	FOREIGN KEY (`c159`,`c160`) REFERENCES `t49`(`group`,`c52`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix161` ON `t97` (`c160`,`c157`);--> statement-breakpoint
CREATE TABLE `__old_t90` AS SELECT * FROM `t90`;--> statement-breakpoint
CREATE TABLE `__old_Mixed Case` AS SELECT * FROM `Mixed Case`;--> statement-breakpoint
CREATE TABLE `__old_t49` AS SELECT * FROM `t49`;--> statement-breakpoint
DELETE FROM `t90`;--> statement-breakpoint
DROP TABLE `t49`;--> statement-breakpoint
DROP TABLE `Mixed Case`;--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`id` integer NOT NULL,
	`it's` blob,
	`c19` integer,
	`group` numeric,
	`c20` integer,
	`c22` text PRIMARY KEY NOT NULL,
	`c96` text,
	FOREIGN KEY (`c22`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c96`) REFERENCES `t90`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t49` (
	`group` integer NOT NULL,
	`c52` text NOT NULL,
	`c51` real DEFAULT 152.5,
	`c53` text,
	`c54` integer,
	`c55` text,
	PRIMARY KEY(`group`, `c52`),
	FOREIGN KEY (`c53`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c54`,`c55`) REFERENCES `t49`(`group`,`c52`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `t90`(`code`,`c91`,`c92`,`c93`,`c124`) SELECT `code`,`c91`,`c92`,`c93`,`c124` FROM `__old_t90`;--> statement-breakpoint
INSERT INTO `Mixed Case`(`id`,`it's`,`c19`,`group`,`c20`,`c22`,`c96`) SELECT `id`, `it's`, `c19`, `group`, `c20`, `c22`, `c96` FROM `__old_Mixed Case`;--> statement-breakpoint
INSERT INTO `t49`(`group`,`c52`,`c51`,`c53`,`c54`,`c55`) SELECT `group`, `c52`, `c51`, `c53`, `c54`, `c55` FROM `__old_t49`;--> statement-breakpoint
DROP TABLE `__old_t90`;--> statement-breakpoint
DROP TABLE `__old_Mixed Case`;--> statement-breakpoint
DROP TABLE `__old_t49`;--> statement-breakpoint
CREATE VIEW `v59` AS SELECT "it's" AS "a57", "group" AS "a58" FROM "Mixed Case";--> statement-breakpoint
CREATE VIEW `v166` AS SELECT "c22" AS "a163", "c19" AS "a164", "c20" AS "a165" FROM "Mixed Case" WHERE "group" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;