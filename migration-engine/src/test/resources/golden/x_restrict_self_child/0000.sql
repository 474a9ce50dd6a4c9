CREATE TABLE `boards` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text
);
--> statement-breakpoint
CREATE TABLE `cards` (
	`id` integer PRIMARY KEY NOT NULL,
	`board_id` integer NOT NULL,
	`blocked_by` integer,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`blocked_by`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE restrict
);
