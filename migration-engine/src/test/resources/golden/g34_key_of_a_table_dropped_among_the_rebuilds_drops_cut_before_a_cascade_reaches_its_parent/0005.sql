PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `t33`;--> statement-breakpoint
ALTER TABLE `t1` RENAME TO `__rename_T1`;--> statement-breakpoint
ALTER TABLE `__rename_T1` RENAME TO `T1`;--> statement-breakpoint
CREATE TABLE `t154` (
	`c158` integer NOT NULL,
	`c159` text NOT NULL,
	`c155` integer,
	`c156` blob NOT NULL,
	`c160` integer NOT NULL,
	`rowid` text,
	`c161` integer,
	`c162` text,
	PRIMARY KEY(`c158`, `c159`),
	FOREIGN KEY (`c160`,`rowid`) REFERENCES `t154`(`c158`,`c159`) ON UPDATE restrict ON DELETE cascade,
	FOREIGN KEY (`c161`,`c162`) REFERENCES `t154`(`c158`,`c159`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t154_c156_unique` ON `t154` (`c156`);--> statement-breakpoint
CREATE TABLE `__old_T1` AS SELECT * FROM `T1`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_T1' WHERE name = 'T1';--> statement-breakpoint
DROP TABLE `T1`;--> statement-breakpoint
CREATE TABLE `T1` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c122` integer,
	`c3` numeric,
	`c4` text,
	`c5` integer,
	`c149` text,
	FOREIGN KEY (`c5`) REFERENCES `T1`(`id`) ON UPDATE restrict ON DELETE restrict
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'T1' WHERE name = '__old_T1';--> statement-breakpoint
CREATE INDEX `ex7` ON `T1` (length("c5"));--> statement-breakpoint
CREATE INDEX `ex123` ON `T1` ("id" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `ix153` ON `T1` (`c4`);--> statement-breakpoint
INSERT INTO `T1`(`id`,`c122`,`c3`,`c4`,`c5`) SELECT `id`, `c122`, `c3`, `c4`, `c5` FROM `__old_T1`;--> statement-breakpoint
DROP TABLE `__old_T1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;