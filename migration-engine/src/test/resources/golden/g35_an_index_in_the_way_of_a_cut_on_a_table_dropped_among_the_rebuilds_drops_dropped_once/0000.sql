CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY NOT NULL,
	`order` numeric DEFAULT 1 NOT NULL,
	`c2` integer,
	`c3` integer,
	`c4` real GENERATED ALWAYS AS (coalesce("c2", "id")) VIRTUAL,
	FOREIGN KEY (`c2`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`c3`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ex5` ON `we"ird` ("order" COLLATE NOCASE);--> statement-breakpoint
CREATE TABLE `t10` (
	`c16` integer NOT NULL,
	`c17` text NOT NULL,
	`c11` real DEFAULT 12.5,
	`c13` integer DEFAULT -14,
	`it's` real DEFAULT 15.5 NOT NULL,
	`c18` integer,
	`my col` integer,
	`order` text,
	PRIMARY KEY(`c16`, `c17`),
	FOREIGN KEY (`c18`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`my col`,`order`) REFERENCES `t10`(`c16`,`c17`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex19` ON `t10` (substr("it's", 1, 3));--> statement-breakpoint
CREATE TABLE `t20` (
	`c21` text DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
	`c23` blob NOT NULL,
	`c25` blob,
	`c26` integer,
	`c27` integer,
	`order` text GENERATED ALWAYS AS (lower("c26")) VIRTUAL,
	FOREIGN KEY (`c26`) REFERENCES `we"ird`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c27`) REFERENCES `we"ird`(`id`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `ix28` ON `t20` (`c25`);--> statement-breakpoint
CREATE INDEX `ex29` ON `t20` (length("c25"));--> statement-breakpoint
CREATE TABLE `t30` (
	`id` integer PRIMARY KEY NOT NULL,
	`c31` blob,
	`c32` numeric,
	`c33` numeric DEFAULT 34,
	`c35` real DEFAULT 36.5 NOT NULL,
	`c37` integer,
	`c38` integer,
	`c39` text,
	FOREIGN KEY (`c37`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c38`,`c39`) REFERENCES `t10`(`c16`,`c17`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE INDEX `ex40` ON `t30` (substr("c39", 1, 3));--> statement-breakpoint
CREATE TABLE `t41` (
	`code` text PRIMARY KEY NOT NULL,
	`c42` real DEFAULT 43.5 NOT NULL,
	`c44` blob NOT NULL,
	`select` integer,
	`c47` text,
	`c50` text GENERATED ALWAYS AS (typeof("code")) STORED,
	FOREIGN KEY (`select`) REFERENCES `t30`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c47`) REFERENCES `t41`(`code`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck49" CHECK(length("select") < 60)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t41_c44_unique` ON `t41` (`c44`);--> statement-breakpoint
CREATE TABLE `t51` (
	`code` text PRIMARY KEY NOT NULL,
	`c52` numeric DEFAULT 53,
	`c54` integer,
	`c55` integer,
	FOREIGN KEY (`c54`) REFERENCES `t30`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c55`) REFERENCES `t30`(`id`) ON UPDATE set null ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ex57` ON `t51` (lower("c52")) WHERE "c52" IS NOT NULL;--> statement-breakpoint
CREATE VIEW `v9` AS SELECT "c3" AS "a6", "order" AS "a7", "c2" AS "a8" FROM "we""ird";--> statement-breakpoint
CREATE VIEW `v59` AS SELECT "c3" AS "a58" FROM "we""ird" WHERE "order" IS NOT NULL;