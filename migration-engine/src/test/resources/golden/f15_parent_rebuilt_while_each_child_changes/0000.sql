CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `c1` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`v` text,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c1_child` (
	`id` integer PRIMARY KEY NOT NULL,
	`c1_id` integer,
	FOREIGN KEY (`c1_id`) REFERENCES `c1`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c2` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`gone` text,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `c2_gone_idx` ON `c2` (`gone`);--> statement-breakpoint
CREATE TABLE `c3` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `c4` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`label` text,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `c5` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `c6` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`w` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
