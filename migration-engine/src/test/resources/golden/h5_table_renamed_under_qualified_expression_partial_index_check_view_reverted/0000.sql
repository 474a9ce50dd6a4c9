CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`deleted_at` integer,
	CONSTRAINT "users_email_at" CHECK(instr("email", '@') > 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_ci_uq` ON `users` (lower("email")) WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `users_deleted_idx` ON `users` (`deleted_at`) WHERE "deleted_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `live_users` AS SELECT "id", "email" FROM "users" WHERE "deleted_at" IS NULL;