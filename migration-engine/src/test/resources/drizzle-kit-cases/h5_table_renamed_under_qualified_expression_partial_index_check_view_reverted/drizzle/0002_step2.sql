ALTER TABLE `members` RENAME TO `users`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "mail" TO "email";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`deleted_at` integer,
	CONSTRAINT "users_email_at" CHECK(instr("__new_users"."email", '@') > 1)
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "deleted_at") SELECT "id", "email", "deleted_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_ci_uq` ON `users` (`lower("email")`) WHERE "users"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `users_deleted_idx` ON `users` (`deleted_at`) WHERE "users"."deleted_at" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_sessions`("id", "user_id") SELECT "id", "user_id" FROM `sessions`;--> statement-breakpoint
DROP TABLE `sessions`;--> statement-breakpoint
ALTER TABLE `__new_sessions` RENAME TO `sessions`;--> statement-breakpoint
DROP VIEW `live_users`;--> statement-breakpoint
CREATE VIEW `live_users` AS SELECT "id", "email" FROM "users" WHERE "deleted_at" IS NULL;