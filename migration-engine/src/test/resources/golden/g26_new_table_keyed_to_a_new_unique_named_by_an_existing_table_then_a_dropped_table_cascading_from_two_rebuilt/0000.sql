CREATE TABLE `from` (
	`id` integer PRIMARY KEY NOT NULL,
	`c1` numeric DEFAULT 2,
	`c3` numeric DEFAULT 4 NOT NULL,
	`c5` integer,
	`c7` integer,
	FOREIGN KEY (`c5`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`c7`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `Mixed Case` (
	`id` integer PRIMARY KEY NOT NULL,
	`c8` real,
	`c9` numeric DEFAULT 10 NOT NULL,
	`c11` integer,
	`c12` integer,
	FOREIGN KEY (`c11`) REFERENCES `Mixed Case`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`c12`) REFERENCES `from`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ck14" CHECK("c8" IS NULL OR "c8" IS NOT -1)
);
