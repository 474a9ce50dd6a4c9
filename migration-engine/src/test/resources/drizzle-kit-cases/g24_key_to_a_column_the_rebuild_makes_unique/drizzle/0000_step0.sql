CREATE TABLE `groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`code` text,
	`note` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
