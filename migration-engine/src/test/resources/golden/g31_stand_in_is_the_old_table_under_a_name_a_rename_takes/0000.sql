CREATE TABLE `files` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`folder_id` integer,
	`previous` integer,
	FOREIGN KEY (`folder_id`) REFERENCES `folders`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`previous`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `folders` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`parent_id` integer,
	`cover_file` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `folders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cover_file`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `docs` (
	`doc_id` integer PRIMARY KEY NOT NULL,
	`title` text
);
