CREATE TABLE `t1` (
	`c2` text,
	`from` blob
);
--> statement-breakpoint
CREATE INDEX `ix3` ON `t1` (`from`);--> statement-breakpoint
CREATE TABLE `t7` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c8` real,
	`c9` integer,
	`group` integer,
	`c12` integer GENERATED ALWAYS AS (length("id")) VIRTUAL,
	FOREIGN KEY (`c9`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ix11` ON `t7` (`id`,`c8`);--> statement-breakpoint
CREATE INDEX `ex13` ON `t7` (length("c8"));--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY NOT NULL,
	`c15` text,
	`c17` text,
	`c18` numeric DEFAULT 19,
	`c20` integer,
	`we"ird` integer,
	FOREIGN KEY (`c20`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`we"ird`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc16` ON `t14` (`c15`);--> statement-breakpoint
CREATE INDEX `ix22` ON `t14` (`c20`);--> statement-breakpoint
CREATE INDEX `ex23` ON `t14` (length("c15"));--> statement-breakpoint
CREATE TABLE `group` (
	`id` integer PRIMARY KEY NOT NULL,
	`c27` blob,
	`from` numeric,
	`c28` numeric,
	`c29` text,
	`rowid` integer,
	FOREIGN KEY (`c29`) REFERENCES `t14`(`c15`) ON UPDATE set default ON DELETE cascade,
	FOREIGN KEY (`rowid`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck32" CHECK(length("c28") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix31` ON `group` (`from`,`c28`);--> statement-breakpoint
CREATE INDEX `ex33` ON `group` (substr("rowid", 1, 3)) WHERE "rowid" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t37` (
	`c42` integer NOT NULL,
	`c43` text NOT NULL,
	`c38` integer,
	`it's` blob,
	`c40` real DEFAULT 41.5 NOT NULL,
	`c44` integer,
	`c45` text,
	`c47` integer,
	`c50` integer GENERATED ALWAYS AS ("c44" IS NULL) STORED,
	PRIMARY KEY(`c42`, `c43`),
	FOREIGN KEY (`c44`,`c45`) REFERENCES `t37`(`c42`,`c43`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c47`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck49" CHECK(length("c43") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc39` ON `t37` (`it's`);--> statement-breakpoint
CREATE VIEW `v6` AS SELECT "from" AS "a4", "c2" AS "a5" FROM "t1";--> statement-breakpoint
CREATE VIEW `v26` AS SELECT "a4" AS "a24", "a5" AS "a25" FROM "v6";--> statement-breakpoint
CREATE VIEW `v36` AS SELECT "from" AS "a34", "c2" AS "a35" FROM "t1" WHERE "c2" IS NOT NULL;