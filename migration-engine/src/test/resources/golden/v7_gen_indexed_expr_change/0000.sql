CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`email_key` text GENERATED ALWAYS AS (lower("email")) VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `users_email_key_idx` ON `users` (`email_key`);