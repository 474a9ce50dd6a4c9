CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`we"ird` integer DEFAULT false,
	`c3` blob,
	`c5` blob,
	`c6` blob NOT NULL,
	`c8` integer,
	`c10` integer,
	`c14` real GENERATED ALWAYS AS (coalesce("c10", "we""ird")) VIRTUAL,
	FOREIGN KEY (`c8`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c10`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck13" CHECK(length("c5") < 60)
);
--> statement-breakpoint
CREATE INDEX `ix12` ON `t1` (`id`);--> statement-breakpoint
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`Mixed Case` real,
	`c20` blob,
	`c21` text DEFAULT 'it''s d22' NOT NULL,
	`c23` blob,
	`c24` integer,
	`c25` integer,
	`c27` real GENERATED ALWAYS AS (coalesce("Mixed Case", "c25")) VIRTUAL,
	FOREIGN KEY (`c24`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c25`) REFERENCES `t19`(`id`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix26` ON `t19` (`Mixed Case`);--> statement-breakpoint
CREATE INDEX `ex28` ON `t19` ("id" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `values` (
	`code` text PRIMARY KEY NOT NULL,
	`c32` blob,
	`c33` text DEFAULT 'it''s d34' NOT NULL,
	`c35` integer DEFAULT true NOT NULL,
	`c37` integer,
	`order` integer,
	FOREIGN KEY (`order`) REFERENCES `t19`(`id`) ON UPDATE set default ON DELETE set null,
	CONSTRAINT "ck40" CHECK("c35" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix39` ON `values` (`c32`);--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY NOT NULL,
	`c41` numeric DEFAULT 42,
	`c43` numeric,
	`c44` blob,
	`c45` blob,
	`c47` text,
	`c48` integer,
	FOREIGN KEY (`c47`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c48`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t49` (
	`id` integer PRIMARY KEY NOT NULL,
	`c50` numeric DEFAULT 51 NOT NULL,
	`c52` text DEFAULT 'd53' NOT NULL,
	`c54` text,
	`c55` text,
	FOREIGN KEY (`c54`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c55`) REFERENCES `values`(`code`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ex56` ON `t49` (length("id"));--> statement-breakpoint
CREATE VIEW `v18` AS SELECT "c5" AS "a15", "c10" AS "a16", "c3" AS "a17" FROM "t1" WHERE "c10" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v31` AS SELECT "c21" AS "a29", "c20" AS "a30" FROM "t19" WHERE "c20" IS NOT NULL;