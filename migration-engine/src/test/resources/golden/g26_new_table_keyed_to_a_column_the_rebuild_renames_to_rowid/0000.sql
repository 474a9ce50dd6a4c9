CREATE TABLE `t1` (
	`id` integer PRIMARY KEY NOT NULL,
	`c2` text DEFAULT 'it''s d3' NOT NULL,
	`c4` integer,
	`c5` integer,
	FOREIGN KEY (`c4`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c5`) REFERENCES `t1`(`id`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t7` (
	`id` integer PRIMARY KEY NOT NULL,
	`c8` blob,
	`c9` integer,
	`c10` integer,
	`c14` text GENERATED ALWAYS AS (typeof("c9")) STORED,
	FOREIGN KEY (`c9`) REFERENCES `t7`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`c10`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ck13" CHECK("c8" IS NULL OR "c8" IS NOT -1)
);
--> statement-breakpoint
CREATE INDEX `ix12` ON `t7` (`c10`,`c8`) WHERE "c10" IS NOT NULL;