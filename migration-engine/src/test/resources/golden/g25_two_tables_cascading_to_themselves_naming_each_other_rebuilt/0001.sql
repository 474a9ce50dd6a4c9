PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`code` text PRIMARY KEY NOT NULL,
	`rowid` numeric DEFAULT 24 NOT NULL,
	`c25` real DEFAULT 26.5,
	`c27` text,
	`from` text,
	`c28` integer,
	FOREIGN KEY (`from`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c28`) REFERENCES `t1`(`c4`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t30` (
	`c31` real,
	`c33` real,
	`c35` integer,
	`c36` text,
	`c40` text GENERATED ALWAYS AS (upper("c31")) VIRTUAL,
	FOREIGN KEY (`c33`) REFERENCES `t30`(`c31`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "ck39" CHECK("c31" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc32` ON `t30` (`c31`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix38` ON `t30` (`c31`,`c36`);--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY NOT NULL,
	`c44` numeric,
	`c45` numeric DEFAULT 46 NOT NULL,
	`group` real,
	`c47` text,
	FOREIGN KEY (`group`) REFERENCES `t30`(`c31`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c47`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix49` ON `values` (`group`,`c45`);--> statement-breakpoint
CREATE TABLE `__old_t1` AS SELECT * FROM `t1`;--> statement-breakpoint
DROP TABLE `t1`;--> statement-breakpoint
CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` numeric DEFAULT 3 NOT NULL,
	`c4` integer,
	`c6` integer DEFAULT 7 NOT NULL,
	`c8` text,
	`c11` text GENERATED ALWAYS AS (typeof("c4")) VIRTUAL,
	`c41` text,
	`c43` integer,
	FOREIGN KEY (`c8`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c41`) REFERENCES `we"ird`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc5` ON `t1` (`c4`);--> statement-breakpoint
INSERT INTO `t1`(`code`,`c2`,`c4`,`c6`,`c8`) SELECT `code`, `c2`, `c4`, `c6`, `c8` FROM `__old_t1`;--> statement-breakpoint
DROP TABLE `__old_t1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;