PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_memberships` AS SELECT * FROM `memberships`;--> statement-breakpoint
CREATE TABLE `__old_audit_log` AS SELECT * FROM `audit_log`;--> statement-breakpoint
DELETE FROM `audit_log`;--> statement-breakpoint
DELETE FROM `memberships`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`display_name` text DEFAULT 'anonymous' NOT NULL,
	`created_at` integer DEFAULT 1700000000 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_lower_uq` ON `users` (lower("email"));--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`display_name`,`created_at`) SELECT `id`, `email`, coalesce(`display_name`, 'anonymous'), `created_at` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `memberships`(`id`,`org_id`,`user_id`,`role`) SELECT `id`,`org_id`,`user_id`,`role` FROM `__old_memberships`;--> statement-breakpoint
INSERT INTO `audit_log`(`id`,`at`,`actor_id`,`action`,`org_id`) SELECT `id`,`at`,`actor_id`,`action`,`org_id` FROM `__old_audit_log`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_memberships`;--> statement-breakpoint
DROP TABLE `__old_audit_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;