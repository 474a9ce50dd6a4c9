CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` blob,
	`c3` blob NOT NULL,
	`c5` real DEFAULT 6.5 NOT NULL,
	`values` integer,
	`c7` integer,
	FOREIGN KEY (`values`) REFERENCES `t1`(`id`) ON UPDATE restrict ON DELETE restrict,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`id`) ON UPDATE set default ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix9` ON `t1` (`id`);--> statement-breakpoint
CREATE TABLE `t10` (
	`id` integer PRIMARY KEY NOT NULL,
	`values` real DEFAULT 11.5 NOT NULL,
	`c12` blob,
	`c14` numeric,
	`c15` integer,
	`c16` blob,
	FOREIGN KEY (`c15`) REFERENCES `t10`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c16`) REFERENCES `t10`(`c12`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t10_c12_unique` ON `t10` (`c12`);--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`c18` numeric,
	`c19` text DEFAULT 'd20' NOT NULL,
	`c21` numeric DEFAULT 22 NOT NULL,
	`c23` integer,
	`c24` blob,
	`c25` blob,
	`c26` text GENERATED ALWAYS AS ("id" || '-' || "c19") STORED,
	FOREIGN KEY (`c24`) REFERENCES `t10`(`c12`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c25`) REFERENCES `t10`(`c12`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `t27` (
	`id` integer PRIMARY KEY NOT NULL,
	`c28` real,
	`c29` blob,
	`c31` text DEFAULT '' NOT NULL,
	`c33` blob,
	`c34` integer,
	`c35` integer,
	FOREIGN KEY (`c34`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c35`) REFERENCES `t10`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck36" CHECK("c28" IS NOT 'forbidden')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t27_c29_unique` ON `t27` (`c29`);--> statement-breakpoint
CREATE TABLE `t37` (
	`code` text PRIMARY KEY NOT NULL,
	`c38` blob NOT NULL,
	`c40` blob,
	`values` integer,
	FOREIGN KEY (`c40`) REFERENCES `t27`(`c29`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`values`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "ck42" CHECK("c38" IS NULL OR "c38" IS NOT -1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `t37_c38_unique` ON `t37` (`c38`);--> statement-breakpoint
CREATE INDEX `ix41` ON `t37` (`c38`,`values`);--> statement-breakpoint
CREATE VIEW `v44` AS SELECT "c18" AS "a43" FROM "t17";