CREATE TABLE `keep` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tree` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `tree`(`id`) ON UPDATE no action ON DELETE restrict
);
