CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`y` text,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	`z` text,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer DEFAULT 0 NOT NULL,
	`w` integer,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `e` (
	`id` integer PRIMARY KEY NOT NULL,
	`d_id` integer,
	FOREIGN KEY (`d_id`) REFERENCES `d`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `f` (
	`id` integer PRIMARY KEY NOT NULL,
	`d_id` integer,
	FOREIGN KEY (`d_id`) REFERENCES `d`(`id`) ON UPDATE no action ON DELETE no action
);
