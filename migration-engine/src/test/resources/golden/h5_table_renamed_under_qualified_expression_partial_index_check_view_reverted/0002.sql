PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `live_users`;--> statement-breakpoint
ALTER TABLE `members` RENAME TO `users`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN "mail" TO "email";--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_sessions` AS SELECT * FROM `sessions`;--> statement-breakpoint
DELETE FROM `sessions`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`deleted_at` integer,
	CONSTRAINT "users_email_at" CHECK(instr("email", '@') > 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_ci_uq` ON `users` (lower("email")) WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `users_deleted_idx` ON `users` (`deleted_at`) WHERE "deleted_at" IS NOT NULL;--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`deleted_at`) SELECT `id`, `email`, `deleted_at` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `sessions`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_sessions`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_sessions`;--> statement-breakpoint
CREATE VIEW `live_users` AS SELECT "id", "email" FROM "users" WHERE "deleted_at" IS NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;