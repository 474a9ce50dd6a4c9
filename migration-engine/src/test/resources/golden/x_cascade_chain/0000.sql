CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer NOT NULL,
	`y` text,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`b_id` integer NOT NULL,
	`z` text,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
