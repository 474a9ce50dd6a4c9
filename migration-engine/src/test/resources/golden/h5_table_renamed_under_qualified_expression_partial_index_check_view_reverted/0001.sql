PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `live_users`;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "email" TO "mail";--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
CREATE TABLE `__old_sessions` AS SELECT * FROM `sessions`;--> statement-breakpoint
DELETE FROM `sessions`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`mail` text NOT NULL,
	`deleted_at` integer,
	CONSTRAINT "users_email_at" CHECK(instr("mail", '@') > 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_ci_uq` ON `members` (lower("mail")) WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `users_deleted_idx` ON `members` (`deleted_at`) WHERE "deleted_at" IS NOT NULL;--> statement-breakpoint
INSERT INTO `members`(`id`,`mail`,`deleted_at`) SELECT `id`, `mail`, `deleted_at` FROM `__old_members`;--> statement-breakpoint
INSERT INTO `sessions`(`id`,`user_id`) SELECT `id`,`user_id` FROM `__old_sessions`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
DROP TABLE `__old_sessions`;--> statement-breakpoint
CREATE VIEW `live_users` AS SELECT "id", "mail" FROM "members" WHERE "deleted_at" IS NULL;--> statement-breakpoint
PRAGMA foreign_keys=ON;