PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`email_lc` text GENERATED ALWAYS AS (lower("email")) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "email_lc") SELECT "id", "email", "email_lc" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lc_idx` ON `users` (`email_lc`);--> statement-breakpoint
CREATE INDEX `users_email_expr_idx` ON `users` (`lower("email")`);