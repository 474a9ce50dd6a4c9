PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `t137` (
	`id` integer PRIMARY KEY NOT NULL,
	`my col` text DEFAULT (CURRENT_TIMESTAMP),
	`c139` blob,
	`c140` text,
	`c141` integer NOT NULL,
	`c142` integer,
	`c143` integer,
	`c145` text GENERATED ALWAYS AS (lower("my col")) VIRTUAL,
	FOREIGN KEY (`c142`) REFERENCES `t137`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c143`) REFERENCES `t137`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex149` ON `t137` ("c141" DESC) WHERE "c141" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_t75` AS SELECT * FROM `t75`;--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
DROP TABLE `t75`;--> statement-breakpoint
CREATE TABLE `t75` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT '' NOT NULL,
	`c4` integer,
	`c5` integer,
	`id` real DEFAULT 22.5 NOT NULL,
	`c28` blob,
	`c29` numeric,
	`we"ird` integer,
	`c130` numeric,
	`c146` integer,
	FOREIGN KEY (`c5`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`we"ird`,`c130`) REFERENCES `t75`(`c4`,`c29`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c146`) REFERENCES `t137`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t75_c29_unique` ON `t75` (`c29`);--> statement-breakpoint
CREATE INDEX `ix74` ON `t75` (`c28`,`c5`);--> statement-breakpoint
CREATE INDEX `ix148` ON `t75` (`c4`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq82` ON `t75` (`c28`,`rowid`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq109` ON `t75` (`c4`,`c29`);--> statement-breakpoint
CREATE UNIQUE INDEX `uq133` ON `t75` (`c4`,`rowid`);--> statement-breakpoint
CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`select` integer,
	`c77` integer,
	`it's` integer,
	`c79` numeric GENERATED ALWAYS AS (typeof("id")) VIRTUAL,
	`order` text DEFAULT 'it''s d110' NOT NULL,
	`c111` real,
	`c131` integer,
	`my col` numeric,
	FOREIGN KEY (`c77`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`it's`) REFERENCES `t75`(`rowid`) ON UPDATE cascade ON DELETE restrict,
	FOREIGN KEY (`c131`,`my col`) REFERENCES `t75`(`c4`,`c29`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc80` ON `t1` (`it's`);--> statement-breakpoint
CREATE INDEX `exr132` ON `t1` ("c77" DESC);--> statement-breakpoint
INSERT INTO `t75`(`rowid`,`c2`,`c4`,`c5`,`id`,`c28`,`c29`) SELECT `rowid`, `c2`, `c4`, `c5`, `id`, `c28`, `c29` FROM `__old_t75`;--> statement-breakpoint
INSERT INTO `t1`(`id`,`select`,`c77`,`it's`,`order`,`c111`) SELECT `id`, `select`, `c77`, `it's`, `order`, `c111` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t75`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
CREATE VIEW `v136` AS SELECT "c130" AS "a134", "id" AS "a135" FROM "t75" WHERE "c29" IS NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;