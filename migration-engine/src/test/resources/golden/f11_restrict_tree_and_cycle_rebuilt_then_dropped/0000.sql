CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`label` text,
	FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `right_side` (
	`id` integer PRIMARY KEY NOT NULL,
	`left_id` integer,
	`v` text,
	FOREIGN KEY (`left_id`) REFERENCES `left_side`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `left_side` (
	`id` integer PRIMARY KEY NOT NULL,
	`right_id` integer,
	`v` text,
	FOREIGN KEY (`right_id`) REFERENCES `right_side`(`id`) ON UPDATE no action ON DELETE restrict
);
