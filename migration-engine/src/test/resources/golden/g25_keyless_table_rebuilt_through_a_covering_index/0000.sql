CREATE TABLE `it's` (
	`id` integer PRIMARY KEY NOT NULL,
	`values` text DEFAULT '',
	`c2` real,
	`my col` real,
	`c3` numeric DEFAULT 4,
	`c5` integer,
	FOREIGN KEY (`c5`) REFERENCES `it's`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t7` (
	`c8` text DEFAULT 'd9',
	`c10` blob,
	`order` integer,
	`c11` text GENERATED ALWAYS AS ("c8" || '-' || "order") VIRTUAL
);
--> statement-breakpoint
CREATE TABLE `t12` (
	`c13` numeric DEFAULT 14,
	`group` integer,
	`values` integer GENERATED ALWAYS AS (length("group")) VIRTUAL,
	FOREIGN KEY (`group`) REFERENCES `it's`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ix15` ON `t12` (`group`,`c13`);