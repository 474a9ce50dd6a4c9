CREATE TABLE `p1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `p2` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `p3` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `link` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`b` integer,
	`c` integer,
	FOREIGN KEY (`a`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`b`) REFERENCES `p2`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`c`) REFERENCES `p3`(`id`) ON UPDATE no action ON DELETE cascade
);
