PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orgs` RENAME TO `workspaces`;--> statement-breakpoint
CREATE TABLE `__old_workspaces` AS SELECT * FROM `workspaces`;--> statement-breakpoint
CREATE TABLE `__old_projects` AS SELECT * FROM `projects`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_tasks` AS SELECT * FROM `tasks`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
CREATE TABLE `__old_profiles` AS SELECT * FROM `profiles`;--> statement-breakpoint
CREATE TABLE `__old_task_meta` AS SELECT * FROM `task_meta`;--> statement-breakpoint
CREATE TABLE `__old_task_labels` AS SELECT * FROM `task_labels`;--> statement-breakpoint
DELETE FROM `task_labels`;--> statement-breakpoint
DELETE FROM `task_meta`;--> statement-breakpoint
DELETE FROM `profiles`;--> statement-breakpoint
DELETE FROM `comments`;--> statement-breakpoint
DELETE FROM `tasks`;--> statement-breakpoint
DELETE FROM `users`;--> statement-breakpoint
DELETE FROM `projects`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_workspaces' WHERE name = 'workspaces';--> statement-breakpoint
DROP TABLE `workspaces`;--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slug` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'workspaces' WHERE name = '__old_workspaces';--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slug_unique` ON `workspaces` (`slug`);--> statement-breakpoint
INSERT INTO `workspaces`(`id`,`name`,`slug`) SELECT `id`, `name`, coalesce(`slug`, '') FROM `__old_workspaces`;--> statement-breakpoint
INSERT INTO `projects`(`id`,`org_id`,`name`,`archived`,`deleted_at`,`created_at`) SELECT `id`,`org_id`,`name`,`archived`,`deleted_at`,`created_at` FROM `__old_projects`;--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`org_id`,`deleted_at`,`created_at`) SELECT `id`,`email`,`org_id`,`deleted_at`,`created_at` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `tasks`(`created_at`,`deleted_at`,`status`,`title`,`assignee_id`,`project_id`,`id`) SELECT `created_at`,`deleted_at`,`status`,`title`,`assignee_id`,`project_id`,`id` FROM `__old_tasks`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`task_id`,`author_id`,`body`) SELECT `id`,`task_id`,`author_id`,`body` FROM `__old_comments`;--> statement-breakpoint
INSERT INTO `profiles`(`user_id`,`display_name`,`bio`) SELECT `user_id`,`display_name`,`bio` FROM `__old_profiles`;--> statement-breakpoint
INSERT INTO `task_meta`(`task_id`,`priority`,`estimate`) SELECT `task_id`,`priority`,`estimate` FROM `__old_task_meta`;--> statement-breakpoint
INSERT INTO `task_labels`(`task_id`,`label_id`) SELECT `task_id`,`label_id` FROM `__old_task_labels`;--> statement-breakpoint
DROP TABLE `__old_workspaces`;--> statement-breakpoint
DROP TABLE `__old_projects`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_tasks`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_profiles`;--> statement-breakpoint
DROP TABLE `__old_task_meta`;--> statement-breakpoint
DROP TABLE `__old_task_labels`;--> statement-breakpoint
PRAGMA foreign_keys=ON;