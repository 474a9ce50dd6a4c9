PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`email_key` text GENERATED ALWAYS AS (trim(lower("email"))) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`,`email`) SELECT `id`, `email` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE INDEX `users_email_key_idx` ON `users` (`email_key`);--> statement-breakpoint
PRAGMA foreign_keys=ON;