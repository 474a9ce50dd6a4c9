CREATE TABLE `cats` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat` text,
	`alt_cat` text,
	FOREIGN KEY (`cat`) REFERENCES `cats`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`alt_cat`) REFERENCES `cats`(`slug`) ON UPDATE no action ON DELETE set null
);
