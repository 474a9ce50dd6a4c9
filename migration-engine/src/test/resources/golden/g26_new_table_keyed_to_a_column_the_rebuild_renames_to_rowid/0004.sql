PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t1` ADD `order` text DEFAULT 'it''s d110' NOT NULL;--> statement-breakpoint
ALTER TABLE `t1` ADD `c111` real;--> statement-breakpoint
CREATE TABLE `__old_t75` AS SELECT * FROM `t75`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DELETE FROM `t1`;--> statement-breakpoint
DROP TABLE `t75`;--> statement-breakpoint
CREATE TABLE `t75` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT '' NOT NULL,
	`c4` integer,
	`c5` integer,
	`id` real DEFAULT 22.5 NOT NULL,
	`c28` blob,
	`c29` numeric,
	FOREIGN KEY (`c5`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t75_c29_unique` ON `t75` (`c29`);--> statement-breakpoint
CREATE INDEX `ix74` ON `t75` (`c28`,`c5`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq82` ON `t75` (`c28`,`rowid`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq109` ON `t75` (`c4`,`c29`);--> statement-breakpoint
INSERT INTO `t75`(`rowid`,`c2`,`c4`,`c5`,`id`,`c28`,`c29`) SELECT `rowid`, `c2`, `c4`, `c5`, `id`, `c28`, `c29` FROM `__old_t75`;--> statement-breakpoint
INSERT INTO `t1`(`id`,`select`,`c77`,`it's`,`order`,`c111`) SELECT `id`,`select`,`c77`,`it's`,`order`,`c111` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t75`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;