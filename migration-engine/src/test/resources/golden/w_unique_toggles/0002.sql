PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`handle` text,
	`phone` text,
	`active` numeric DEFAULT 1 NOT NULL,
	`ext_id` text
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`,`email`,`handle`,`phone`,`active`,`ext_id`) SELECT `id`, `email`, `handle`, `phone`, `active`, `ext_id` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_phone_active_uq` ON `users` (`phone`) WHERE "active" = 1 AND "id" <> 4;--> statement-breakpoint
CREATE INDEX `users_ext_uq` ON `users` (`ext_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_handle_uq` ON `users` (`handle`);--> statement-breakpoint
PRAGMA foreign_keys=ON;