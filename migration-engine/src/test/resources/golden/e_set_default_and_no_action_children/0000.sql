CREATE TABLE `cat` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE TABLE `sd_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat_id` integer DEFAULT 1,
	FOREIGN KEY (`cat_id`) REFERENCES `cat`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `na_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat_id` integer,
	`memo` text,
	FOREIGN KEY (`cat_id`) REFERENCES `cat`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `up_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat_id` integer,
	FOREIGN KEY (`cat_id`) REFERENCES `cat`(`id`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grand` (
	`id` integer PRIMARY KEY NOT NULL,
	`na_id` integer,
	FOREIGN KEY (`na_id`) REFERENCES `na_child`(`id`) ON UPDATE no action ON DELETE restrict
);
