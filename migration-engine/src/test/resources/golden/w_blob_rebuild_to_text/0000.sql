CREATE TABLE `files` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` blob,
	`label` text
);
--> statement-breakpoint
CREATE TABLE `hashes` (
	`digest` blob PRIMARY KEY NOT NULL,
	`file_id` integer,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
