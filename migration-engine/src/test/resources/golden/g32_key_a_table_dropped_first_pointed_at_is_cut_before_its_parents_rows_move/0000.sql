CREATE TABLE `r` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` integer
);
--> statement-breakpoint
CREATE TABLE `p` (
	`code` text PRIMARY KEY NOT NULL,
	`rid` integer,
	FOREIGN KEY (`rid`) REFERENCES `r`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `w` (
	`k` text PRIMARY KEY NOT NULL,
	`n` integer,
	FOREIGN KEY (`k`) REFERENCES `p`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `g` (
	`id` integer PRIMARY KEY NOT NULL,
	`wk` text,
	FOREIGN KEY (`wk`) REFERENCES `w`(`k`) ON UPDATE no action ON DELETE no action
);
