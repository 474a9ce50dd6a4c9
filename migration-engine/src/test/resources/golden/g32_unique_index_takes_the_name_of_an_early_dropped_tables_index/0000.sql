CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT 'd3',
	`c4` real DEFAULT 5.5,
	`c6` integer,
	`values` integer,
	FOREIGN KEY (`c6`) REFERENCES `t1`(`id`) ON UPDATE set default ON DELETE set null,
	FOREIGN KEY (`values`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck7" CHECK("values" IS NULL OR "values" IS NOT -1)
);
--> statement-breakpoint
CREATE TABLE `t8` (
	`code` text PRIMARY KEY NOT NULL,
	`c9` real DEFAULT 10.5,
	`c11` integer,
	`key` text GENERATED ALWAYS AS (lower("code")) VIRTUAL,
	FOREIGN KEY (`c11`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ix12` ON `t8` (`c9`,`c11`);--> statement-breakpoint
CREATE TABLE `t13` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c14` text,
	`c15` blob NOT NULL,
	`c17` blob NOT NULL,
	`c19` integer,
	`c20` integer,
	FOREIGN KEY (`c20`) REFERENCES `t1`(`id`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix22` ON `t13` (`c17`,`c15`);--> statement-breakpoint
CREATE TABLE `t23` (
	`id` integer PRIMARY KEY NOT NULL,
	`select` integer,
	`c24` text,
	`c26` integer,
	FOREIGN KEY (`c24`) REFERENCES `t8`(`code`) ON UPDATE cascade ON DELETE set null,
	FOREIGN KEY (`c26`) REFERENCES `t23`(`id`) ON UPDATE no action ON DELETE cascade
);
