CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`email_lc` text GENERATED ALWAYS AS (lower("email")) VIRTUAL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lc_idx` ON `users` (`email_lc`);--> statement-breakpoint
CREATE INDEX `users_email_expr_idx` ON `users` (lower("email"));