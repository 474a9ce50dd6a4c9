CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` blob,
	`c3` integer,
	`c4` integer DEFAULT 5,
	`c6` numeric,
	`c7` integer,
	`c9` integer,
	FOREIGN KEY (`c7`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`c9`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix11` ON `t1` (`c3`,`c9`) WHERE "c3" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ex12` ON `t1` (("c9" || "c7"));--> statement-breakpoint
CREATE TABLE `group` (
	`c13` integer DEFAULT 14 NOT NULL,
	`we"ird` integer,
	`c16` integer,
	`c18` integer GENERATED ALWAYS AS (length("c13")) VIRTUAL,
	FOREIGN KEY (`we"ird`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c16`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix17` ON `group` (`c16`);--> statement-breakpoint
CREATE TABLE `my col` (
	`c19` integer DEFAULT 20 NOT NULL,
	`select` numeric DEFAULT 21 NOT NULL,
	`c22` text,
	`c23` integer,
	`c24` integer,
	FOREIGN KEY (`c23`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c24`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ix26` ON `my col` (`c22`,`select`) WHERE "c22" IS NOT NULL;