CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` integer,
	`c3` numeric,
	`c4` integer,
	`c5` integer,
	`c6` text GENERATED ALWAYS AS (lower("c4")) STORED,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE set null ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex7` ON `t1` (length("c5"));--> statement-breakpoint
CREATE TABLE `t8` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c9` text DEFAULT '',
	`c11` real,
	`c12` real DEFAULT 13.5,
	`c14` integer,
	`c15` integer,
	`c16` real GENERATED ALWAYS AS (coalesce("c15", "id")) STORED,
	FOREIGN KEY (`c14`) REFERENCES `t8`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c15`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `key` (
	`id` integer PRIMARY KEY NOT NULL,
	`c17` real DEFAULT 18.5,
	`group` blob NOT NULL,
	`c20` integer,
	`c22` integer,
	`c24` integer,
	FOREIGN KEY (`c22`) REFERENCES `key`(`c20`) ON UPDATE set null ON DELETE set null,
	FOREIGN KEY (`c24`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc21` ON `key` (`c20`);--> statement-breakpoint
CREATE TABLE `it's` (
	`id` integer PRIMARY KEY NOT NULL,
	`c25` text,
	`c26` integer,
	`c27` numeric DEFAULT 28,
	`key` integer,
	FOREIGN KEY (`key`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `t33` (
	`code` text PRIMARY KEY NOT NULL,
	`select` real DEFAULT 34.5 NOT NULL,
	`c35` text,
	`c37` text,
	`c38` integer,
	`values` text,
	`c42` text GENERATED ALWAYS AS ("c35" || '-' || "values") VIRTUAL,
	FOREIGN KEY (`c38`) REFERENCES `it's`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`values`) REFERENCES `t33`(`c35`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc36` ON `t33` (`c35`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix41` ON `t33` (`c35`,`c37`);--> statement-breakpoint
CREATE VIEW `v32` AS SELECT "key" AS "a30", "id" AS "a31" FROM "it's" WHERE "c26" IS NOT NULL;