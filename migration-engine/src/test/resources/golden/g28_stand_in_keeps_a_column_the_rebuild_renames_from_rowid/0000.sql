CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT '' NOT NULL,
	`c4` integer,
	`c5` numeric,
	`key` integer,
	`c7` integer,
	`c10` text GENERATED ALWAYS AS (typeof("id")) VIRTUAL,
	FOREIGN KEY (`key`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ix9` ON `t1` (`id`,`key`);--> statement-breakpoint
CREATE INDEX `ex11` ON `t1` (substr("id", 1, 3)) WHERE "id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY NOT NULL,
	`c12` real,
	`c13` integer,
	`c15` integer,
	`c16` real GENERATED ALWAYS AS (coalesce("id", "c15")) VIRTUAL,
	FOREIGN KEY (`c13`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE restrict,
	FOREIGN KEY (`c15`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`c17` blob,
	`c19` integer DEFAULT (20 + 1) NOT NULL,
	`c21` text DEFAULT '' NOT NULL,
	`c23` text DEFAULT (CURRENT_TIMESTAMP),
	`key` integer,
	`c26` integer,
	`c28` text GENERATED ALWAYS AS (lower("c26")) VIRTUAL,
	FOREIGN KEY (`key`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c26`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ix27` ON `order` (`c19`);--> statement-breakpoint
CREATE TABLE `t29` (
	`rowid` integer NOT NULL,
	`c35` text NOT NULL,
	`c30` real DEFAULT 31.5 NOT NULL,
	`c32` text,
	`key` text DEFAULT (CURRENT_TIMESTAMP),
	`c34` numeric,
	`select` integer,
	`c37` integer,
	`c38` text,
	PRIMARY KEY(`rowid`, `c35`),
	FOREIGN KEY (`select`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c37`,`c38`) REFERENCES `t29`(`rowid`,`c35`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `t29` (`rowid`,`c30`);--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY NOT NULL,
	`c40` numeric,
	`c41` real DEFAULT 42.5 NOT NULL,
	`c43` integer,
	FOREIGN KEY (`c43`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE VIEW `v47` AS SELECT "c13" AS "a44", "c12" AS "a45", "id" AS "a46" FROM "we""ird";