PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `v48`;--> statement-breakpoint
DROP TABLE `t32`;--> statement-breakpoint
ALTER TABLE `t1` RENAME TO `t75`;--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`select` integer,
	`c77` integer,
	`it's` integer,
	`c79` text GENERATED ALWAYS AS (typeof("id")) VIRTUAL,
	FOREIGN KEY (`c77`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`it's`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc80` ON `t1` (`it's`);--> statement-breakpoint
CREATE INDEX `ex83` ON `t1` ("c77" DESC);--> statement-breakpoint
CREATE TABLE `__old_t75` AS SELECT * FROM `t75`;--> statement-breakpoint
DROP TABLE `t75`;--> statement-breakpoint
CREATE TABLE `t75` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT 'it''s d3' NOT NULL,
	`c4` integer,
	`c5` integer,
	`id` real DEFAULT 22.5 NOT NULL,
	`c28` blob,
	`c29` numeric,
	FOREIGN KEY (`c5`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ix74` ON `t75` (`c28`,`c5`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq82` ON `t75` (`c28`,`rowid`);--> statement-breakpoint
INSERT INTO `t75`(`rowid`,`c2`,`c4`,`c5`,`id`,`c28`,`c29`) SELECT `rowid`, `c2`, `c4`, `c5`, `id`, `c28`, `c29` FROM `__old_t75`;--> statement-breakpoint
DROP TABLE `__old_t75`;--> statement-breakpoint
DROP TABLE `t7`;--> statement-breakpoint
PRAGMA foreign_keys=ON;