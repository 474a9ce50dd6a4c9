CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`role` text
);
--> statement-breakpoint
CREATE INDEX `users_lower_email_role_idx` ON `users` (lower("email"),`role`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_role_lower_email_uq` ON `users` (`role`,lower("email"));