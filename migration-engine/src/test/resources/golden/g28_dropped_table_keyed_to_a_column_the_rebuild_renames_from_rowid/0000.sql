CREATE TABLE `t1` (
	`rowid` integer NOT NULL,
	`c7` text NOT NULL,
	`c2` integer,
	`c3` real DEFAULT 4.5 NOT NULL,
	`c5` text,
	`c6` blob,
	`c8` integer,
	`c9` text,
	`c10` integer,
	`Mixed Case` text,
	`c12` text GENERATED ALWAYS AS (upper("rowid")) VIRTUAL,
	PRIMARY KEY(`rowid`, `c7`),
	FOREIGN KEY (`c8`,`c9`) REFERENCES `t1`(`rowid`,`c7`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c10`,`Mixed Case`) REFERENCES `t1`(`rowid`,`c7`) ON UPDATE set default ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`c13` blob,
	`c14` text,
	`c15` numeric,
	`key` integer,
	`c16` text,
	`c18` integer,
	`c19` text,
	FOREIGN KEY (`key`,`c16`) REFERENCES `t1`(`rowid`,`c7`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c18`,`c19`) REFERENCES `t1`(`rowid`,`c7`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex20` ON `Mixed Case` (("c15" || "c13"));--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` blob,
	`c26` integer,
	`c27` numeric,
	`group` integer,
	`c29` integer,
	FOREIGN KEY (`group`) REFERENCES `t25`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c29`) REFERENCES `t25`(`id`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc28` ON `t25` (`c27`);--> statement-breakpoint
CREATE TABLE `t31` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c32` blob,
	`c33` blob,
	`select` text DEFAULT 'it''s d35' NOT NULL,
	`c36` blob NOT NULL,
	`c38` integer,
	`group` text,
	`c40` integer,
	FOREIGN KEY (`c38`,`group`) REFERENCES `t1`(`rowid`,`c7`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c40`) REFERENCES `t31`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c42` integer,
	`c43` integer DEFAULT 44,
	`c45` integer,
	`c47` integer,
	FOREIGN KEY (`c45`) REFERENCES `we"ird`(`c42`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c47`) REFERENCES `t31`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c42_unique` ON `we"ird` (`c42`);--> statement-breakpoint
CREATE TABLE `order` (
	`c58` integer NOT NULL,
	`c59` text NOT NULL,
	`c52` numeric DEFAULT 53,
	`c54` real,
	`c55` real DEFAULT 56.5,
	`c57` numeric,
	`c60` integer,
	PRIMARY KEY(`c58`, `c59`),
	FOREIGN KEY (`c60`) REFERENCES `t31`(`id`) ON UPDATE restrict ON DELETE set default
);
--> statement-breakpoint
CREATE VIEW `v24` AS SELECT "key" AS "a21", "c13" AS "a22", "c18" AS "a23" FROM "Mixed Case";--> statement-breakpoint
CREATE VIEW `v51` AS SELECT "c27" AS "a49", "group" AS "a50" FROM "t25";--> statement-breakpoint
CREATE VIEW `v64` AS SELECT "c40" AS "a62", "select" AS "a63" FROM "t31";