CREATE TABLE `we"ird` (
	`c4` integer NOT NULL,
	`c5` text NOT NULL,
	`c1` text,
	`c2` real,
	`c3` real,
	`c6` integer,
	`order` text,
	`c8` integer,
	`c9` text,
	PRIMARY KEY(`c4`, `c5`),
	FOREIGN KEY (`c6`,`order`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c8`,`c9`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE set default ON DELETE restrict,
	CONSTRAINT "ck11" CHECK(length("order") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `we"ird_c1_unique` ON `we"ird` (`c1`);--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`code` text PRIMARY KEY NOT NULL,
	`c14` integer DEFAULT 15 NOT NULL,
	`c16` numeric,
	`c17` real DEFAULT 18.5 NOT NULL,
	`c19` text,
	`c21` text,
	`c22` integer GENERATED ALWAYS AS ("c21" IS NULL) VIRTUAL,
	FOREIGN KEY (`c19`) REFERENCES `Mixed Case`(`code`) ON UPDATE set null ON DELETE cascade,
	FOREIGN KEY (`c21`) REFERENCES `we"ird`(`c1`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t26` (
	`c34` integer NOT NULL,
	`c35` text NOT NULL,
	`c27` blob,
	`Mixed Case` real DEFAULT 29.5,
	`c30` integer DEFAULT (31 + 1) NOT NULL,
	`c32` numeric DEFAULT 33 NOT NULL,
	`c36` integer,
	`c37` text,
	`order` integer,
	`c39` text,
	`c40` real GENERATED ALWAYS AS (coalesce("order", "c37")) VIRTUAL,
	PRIMARY KEY(`c34`, `c35`),
	FOREIGN KEY (`c36`,`c37`) REFERENCES `t26`(`c34`,`c35`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order`,`c39`) REFERENCES `we"ird`(`c4`,`c5`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t26_c27_unique` ON `t26` (`c27`);--> statement-breakpoint
CREATE VIEW `v13` AS SELECT "c2" AS "a12" FROM "we""ird";--> statement-breakpoint
CREATE VIEW `v25` AS SELECT "c16" AS "a23", "c21" AS "a24" FROM "Mixed Case";