PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v15`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
ALTER TABLE `t8` RENAME TO `t22`;--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`c26` blob,
	`c27` integer,
	FOREIGN KEY (`c27`) REFERENCES `t25`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uq28` ON `t25` (`c26`,`c27`);--> statement-breakpoint
CREATE TABLE `__old_t22` AS SELECT * FROM `t22`;--> statement-breakpoint
DROP TABLE `t22`;--> statement-breakpoint
CREATE TABLE `t22` (
	`c9` real NOT NULL,
	`c10` real NOT NULL,
	`order` integer,
	`c12` real,
	FOREIGN KEY (`c12`) REFERENCES `t22`(`c10`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc11` ON `t22` (`c10`);--> statement-breakpoint
INSERT INTO `t22`(`c9`,`c10`,`order`,`c12`) SELECT coalesce(`c9`, 0.0), coalesce(`c10`, 0.0), `order`, `c12` FROM `__old_t22`;--> statement-breakpoint
DROP TABLE `__old_t22`;--> statement-breakpoint
CREATE VIEW `v24` AS SELECT "c12" AS "a23" FROM "t22";--> statement-breakpoint
CREATE VIEW `v30` AS SELECT "c12" AS "a29" FROM "t22";--> statement-breakpoint
PRAGMA foreign_keys=ON;