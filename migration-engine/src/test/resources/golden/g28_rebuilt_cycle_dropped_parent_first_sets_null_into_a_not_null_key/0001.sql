PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t7` RENAME COLUMN "code" TO "c42";--> statement-breakpoint
CREATE TABLE `t49` (
	`group` integer NOT NULL,
	`c52` text NOT NULL,
	`c50` text,
	`c51` real,
	`c53` text,
	`c54` integer,
	`c55` text,
	PRIMARY KEY(`group`, `c52`),
	FOREIGN KEY (`c53`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c54`,`c55`) REFERENCES `t49`(`group`,`c52`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `__old_t17` AS SELECT * FROM `t17`;--> statement-breakpoint
CREATE TABLE `__old_t7` AS SELECT * FROM `t7`;--> statement-breakpoint
DROP TABLE `t17`;--> statement-breakpoint
DROP TABLE `t7`;--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer NOT NULL,
	`it's` numeric DEFAULT 18,
	`c19` integer,
	`group` numeric,
	`c20` integer,
	`c22` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`c20`) REFERENCES `t1`(`id`) ON UPDATE restrict ON DELETE cascade,
	FOREIGN KEY (`c22`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t7` (
	`c42` text PRIMARY KEY NOT NULL,
	`c8` text,
	`c9` blob,
	`c10` numeric,
	`c11` blob,
	`c12` text,
	`it's` integer,
	`code` text DEFAULT (CURRENT_TIMESTAMP),
	`c45` integer DEFAULT 46,
	`c47` text,
	FOREIGN KEY (`c12`) REFERENCES `t7`(`c42`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`it's`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c47`) REFERENCES `t17`(`c22`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex14` ON `t7` (length("c10"));--> statement-breakpoint
INSERT INTO `t17`(`id`,`it's`,`c19`,`group`,`c20`,`c22`) SELECT `id`, `it's`, `c19`, `group`, `c20`, coalesce(`c22`, '') FROM `__old_t17`;--> statement-breakpoint
INSERT INTO `t7`(`c42`,`c8`,`c9`,`c10`,`c11`,`c12`,`it's`) SELECT `c42`, `c8`, `c9`, `c10`, `c11`, `c12`, `it's` FROM `__old_t7`;--> statement-breakpoint
DROP TABLE `__old_t17`;--> statement-breakpoint
DROP TABLE `__old_t7`;--> statement-breakpoint
CREATE VIEW `v59` AS SELECT "it's" AS "a57", "group" AS "a58" FROM "t17";--> statement-breakpoint
PRAGMA foreign_keys=ON;