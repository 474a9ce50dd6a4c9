DROP VIEW `v21`;--> statement-breakpoint
DROP TABLE `t9`;--> statement-breakpoint
ALTER TABLE `t1` RENAME COLUMN "c5" TO "order";--> statement-breakpoint
CREATE TABLE `t39` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c40` text DEFAULT 'd41' NOT NULL,
	`c42` numeric,
	`c43` blob,
	`c45` integer,
	`c47` integer,
	FOREIGN KEY (`c45`) REFERENCES `t39`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c47`) REFERENCES `t39`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t48` (
	`c55` integer NOT NULL,
	`c56` text NOT NULL,
	`c49` real DEFAULT 50.5 NOT NULL,
	`c51` real DEFAULT 52.5 NOT NULL,
	`c53` integer,
	`order` integer DEFAULT 54,
	`c57` integer,
	`c58` text,
	`c59` integer,
	`c60` text,
	`c63` text GENERATED ALWAYS AS (lower("c51")) STORED,
	PRIMARY KEY(`c55`, `c56`),
	FOREIGN KEY (`c57`,`c58`) REFERENCES `t48`(`c55`,`c56`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c59`,`c60`) REFERENCES `t48`(`c55`,`c56`) ON UPDATE cascade ON DELETE set null,
	CONSTRAINT "ck62" CHECK(length("c51") < 60)
);
--> statement-breakpoint
CREATE TABLE `t64` (
	`c67` integer NOT NULL,
	`c68` text NOT NULL,
	`c65` numeric DEFAULT 66,
	`c69` integer,
	`c70` text,
	`c71` text,
	PRIMARY KEY(`c67`, `c68`),
	FOREIGN KEY (`c69`,`c70`) REFERENCES `t48`(`c55`,`c56`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c71`) REFERENCES `t1`(`code`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck72" CHECK("c67" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE TABLE `from` (
	`id` integer PRIMARY KEY NOT NULL,
	`c73` integer DEFAULT 74 NOT NULL,
	`c75` integer DEFAULT (76 + 1),
	`c77` integer DEFAULT 78,
	`c79` integer,
	`Mixed Case` text,
	`c80` integer,
	`c81` text,
	`c87` integer,
	FOREIGN KEY (`c79`,`Mixed Case`) REFERENCES `t48`(`c55`,`c56`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c80`,`c81`) REFERENCES `t64`(`c67`,`c68`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c87`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ix82` ON `from` (`Mixed Case`);--> statement-breakpoint
ALTER TABLE `t1` ADD `c5` real;--> statement-breakpoint
ALTER TABLE `t1` ADD `c36` text GENERATED ALWAYS AS (typeof("c5")) VIRTUAL;--> statement-breakpoint
CREATE UNIQUE INDEX `uc37` ON `t1` (`c5`);--> statement-breakpoint
CREATE INDEX `ex38` ON `t1` (lower("c7")) WHERE "c7" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v86` AS SELECT "c45" AS "a83", "c47" AS "a84", "c40" AS "a85" FROM "t39" WHERE "id" IS NOT NULL;