CREATE TABLE `t1` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c2` numeric DEFAULT 3,
	`c4` text,
	`c5` numeric DEFAULT 6,
	`c7` blob,
	`order` integer,
	`c8` integer,
	FOREIGN KEY (`order`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c8`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck9" CHECK("c5" IS NULL OR "c5" IS NOT -1)
);
--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`c12` numeric DEFAULT 13 NOT NULL,
	`c14` integer,
	`c15` integer,
	FOREIGN KEY (`c15`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ix16` ON `select` (`id`) WHERE "id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t17` (
	`c18` blob NOT NULL,
	`c20` numeric,
	`c21` blob,
	`c22` blob,
	`c23` integer,
	`c25` integer,
	`rowid` integer GENERATED ALWAYS AS (length("c18")) STORED,
	FOREIGN KEY (`c23`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c25`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex26` ON `t17` (("c22" || "c20")) WHERE "c22" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v11` AS SELECT "c5" AS "a10" FROM "t1";--> statement-breakpoint
CREATE VIEW `v29` AS SELECT "c8" AS "a27", "c4" AS "a28" FROM "t1" WHERE "id" IS NOT NULL;