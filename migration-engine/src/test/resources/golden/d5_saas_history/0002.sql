CREATE TABLE `profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`display_name` text,
	`bio` text DEFAULT '',
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `name`;