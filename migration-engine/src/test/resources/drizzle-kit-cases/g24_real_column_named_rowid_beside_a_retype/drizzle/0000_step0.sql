CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` real,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` real,
	`p_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE set null
);
