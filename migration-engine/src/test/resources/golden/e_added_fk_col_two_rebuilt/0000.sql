CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` text
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade
);
