CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c1` (
	`id` integer PRIMARY KEY NOT NULL,
	`pid` integer,
	FOREIGN KEY (`pid`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c2` (
	`id` integer PRIMARY KEY NOT NULL,
	`pid` integer,
	FOREIGN KEY (`pid`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE set null
);
