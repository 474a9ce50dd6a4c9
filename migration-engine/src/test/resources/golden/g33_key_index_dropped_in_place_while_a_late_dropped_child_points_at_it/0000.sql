CREATE TABLE `order` (
	`id` integer PRIMARY KEY NOT NULL,
	`c1` integer,
	`c2` integer,
	`c4` text GENERATED ALWAYS AS (upper("c2")) VIRTUAL,
	FOREIGN KEY (`c2`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix3` ON `order` (`c2`,`id`) WHERE "c2" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `t9` (
	`code` text PRIMARY KEY NOT NULL,
	`c10` integer DEFAULT (11 + 1) NOT NULL,
	`group` integer DEFAULT (12 + 1) NOT NULL,
	`my col` numeric,
	`c13` text,
	`c14` integer,
	FOREIGN KEY (`c13`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c14`) REFERENCES `order`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex15` ON `t9` (lower("c13"));--> statement-breakpoint
CREATE TABLE `t18` (
	`code` text PRIMARY KEY NOT NULL,
	`c19` text,
	`key` integer DEFAULT true NOT NULL,
	`c22` blob,
	`c23` blob,
	`c24` text,
	`c26` text,
	FOREIGN KEY (`c24`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c26`) REFERENCES `t9`(`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `uc20` ON `t18` (`c19`);--> statement-breakpoint
CREATE UNIQUE INDEX `ix28` ON `t18` (`c23`);--> statement-breakpoint
CREATE TABLE `t33` (
	`id` integer PRIMARY KEY NOT NULL,
	`we"ird` real,
	`c34` real,
	`c35` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c37` real,
	`c38` text,
	`c39` integer,
	`c42` text GENERATED ALWAYS AS ("c37" || '-' || "we""ird") STORED,
	FOREIGN KEY (`c38`) REFERENCES `t18`(`c19`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c39`) REFERENCES `order`(`id`) ON UPDATE set null ON DELETE restrict,
	CONSTRAINT "ck41" CHECK("id" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t33_c34_unique` ON `t33` (`c34`);--> statement-breakpoint
CREATE TABLE `select` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`Mixed Case` integer,
	`c43` real DEFAULT 44.5 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `t45` (
	`c46` numeric,
	`group` blob,
	`c47` integer,
	`c48` integer,
	FOREIGN KEY (`c47`) REFERENCES `select`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c48`) REFERENCES `order`(`id`) ON UPDATE restrict ON DELETE restrict,
	CONSTRAINT "ck49" CHECK(length("c46") < 60)
);
--> statement-breakpoint
CREATE VIEW `v8` AS SELECT "c2" AS "a5", "c4" AS "a6", "c1" AS "a7" FROM "order";--> statement-breakpoint
CREATE VIEW `v17` AS SELECT "c1" AS "a16" FROM "order";--> statement-breakpoint
CREATE VIEW `v32` AS SELECT "c22" AS "a29", "c24" AS "a30", "c23" AS "a31" FROM "t18" WHERE "c24" IS NOT NULL;