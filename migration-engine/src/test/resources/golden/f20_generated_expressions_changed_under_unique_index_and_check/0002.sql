PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`handle` text GENERATED ALWAYS AS (lower("email")) STORED,
	`domain` text GENERATED ALWAYS AS (upper(substr("email", instr("email", '@') + 1))) VIRTUAL,
	CONSTRAINT "users_domain_set" CHECK("domain" <> '')
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`,`email`) SELECT `id`, `email` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_handle_uq` ON `users` (`handle`);--> statement-breakpoint
PRAGMA foreign_keys=ON;