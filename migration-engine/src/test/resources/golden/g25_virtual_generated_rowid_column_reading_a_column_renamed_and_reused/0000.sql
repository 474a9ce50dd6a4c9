CREATE TABLE `t1` (
	`code` text PRIMARY KEY NOT NULL,
	`c2` numeric,
	`c3` text,
	`c4` real,
	`c5` integer,
	`rowid` text GENERATED ALWAYS AS (upper("c2")) VIRTUAL,
	CONSTRAINT "ck7" CHECK("code" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix6` ON `t1` (`c4`);--> statement-breakpoint
CREATE INDEX `ex8` ON `t1` (substr("c3", 1, 3));--> statement-breakpoint
CREATE TABLE `t12` (
	`c13` numeric DEFAULT 14 NOT NULL,
	`c15` text,
	FOREIGN KEY (`c15`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex17` ON `t12` (substr("c15", 1, 3));--> statement-breakpoint
CREATE TABLE `t18` (
	`c26` integer NOT NULL,
	`c27` text NOT NULL,
	`c19` real DEFAULT 20.5,
	`c21` blob NOT NULL,
	`c23` blob NOT NULL,
	`c25` text,
	PRIMARY KEY(`c26`, `c27`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix28` ON `t18` (`c21`);--> statement-breakpoint
CREATE VIEW `v11` AS SELECT "c2" AS "a9", "c3" AS "a10" FROM "t1" WHERE "code" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v30` AS SELECT "a10" AS "a29" FROM "v11" WHERE "a10" IS NOT NULL;