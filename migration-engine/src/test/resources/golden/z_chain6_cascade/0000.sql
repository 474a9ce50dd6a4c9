CREATE TABLE `c1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c2` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c3` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c2`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c4` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c3`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c5` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c4`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c6` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `c5`(`id`) ON UPDATE no action ON DELETE cascade
);
