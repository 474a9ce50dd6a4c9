CREATE TABLE `we"ird` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c1` numeric,
	`c2` blob,
	`values` text,
	`c4` integer,
	`c6` integer,
	FOREIGN KEY (`c4`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE cascade,
	FOREIGN KEY (`c6`) REFERENCES `we"ird`(`id`) ON UPDATE set null ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t8` (
	`code` text PRIMARY KEY NOT NULL,
	`order` numeric DEFAULT 9 NOT NULL,
	`c10` integer,
	`c11` text,
	FOREIGN KEY (`c10`) REFERENCES `we"ird`(`id`) ON UPDATE set default ON DELETE no action,
	FOREIGN KEY (`c11`) REFERENCES `t8`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ex13` ON `t8` (("order" || "code"));--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c15` integer DEFAULT (16 + 1),
	`from` real,
	`c17` real,
	`c18` integer,
	`c21` integer GENERATED ALWAYS AS (length("c17")) VIRTUAL,
	FOREIGN KEY (`c18`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "ck20" CHECK("from" IS NULL OR "from" IS NOT -1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t14_c17_unique` ON `t14` (`c17`);--> statement-breakpoint
CREATE TABLE `t22` (
	`code` text PRIMARY KEY NOT NULL,
	`c23` blob,
	`c24` integer,
	`c26` integer,
	FOREIGN KEY (`c24`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c26`) REFERENCES `we"ird`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t22_c23_unique` ON `t22` (`c23`);--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`id` integer PRIMARY KEY NOT NULL,
	`c31` real DEFAULT 32.5,
	`c33` text,
	`c34` blob,
	`c35` integer,
	`c37` text,
	`c40` integer GENERATED ALWAYS AS ("id" IS NULL) STORED,
	FOREIGN KEY (`c35`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c37`) REFERENCES `t8`(`code`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck39" CHECK("c31" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE INDEX `ix38` ON `Mixed Case` (`c35`,`c37`);--> statement-breakpoint
CREATE VIEW `v30` AS SELECT "c4" AS "a27", "c1" AS "a28", "c6" AS "a29" FROM "we""ird";