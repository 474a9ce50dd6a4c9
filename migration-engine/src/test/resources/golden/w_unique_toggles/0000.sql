CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`handle` text,
	`phone` text,
	`active` integer DEFAULT 1 NOT NULL,
	`ext_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_phone_active_uq` ON `users` (`phone`) WHERE "active" = 1;--> statement-breakpoint
CREATE UNIQUE INDEX `users_ext_uq` ON `users` (`ext_id`);