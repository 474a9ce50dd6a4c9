PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_tasks` AS SELECT * FROM `tasks`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
CREATE TABLE `__old_task_meta` AS SELECT * FROM `task_meta`;--> statement-breakpoint
CREATE TABLE `__old_task_labels` AS SELECT * FROM `task_labels`;--> statement-breakpoint
DELETE FROM `task_labels`;--> statement-breakpoint
DELETE FROM `task_meta`;--> statement-breakpoint
DELETE FROM `tasks`;--> statement-breakpoint
DROP TABLE `comments`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text,
	`workspace_id` integer,
	`deleted_at` integer,
	`created_at` integer DEFAULT 0 NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_live` ON `users` (`email`) WHERE "deleted_at" IS NULL;--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY NOT NULL,
	`task_id` integer NOT NULL,
	`author_id` integer,
	`body` text DEFAULT '' NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `users`(`id`,`email`,`display_name`,`workspace_id`,`deleted_at`,`created_at`,`bio`) SELECT `id`, `email`, `display_name`, `workspace_id`, `deleted_at`, `created_at`, `bio` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `tasks`(`created_at`,`deleted_at`,`status`,`title`,`assignee_id`,`project_id`,`id`) SELECT `created_at`,`deleted_at`,`status`,`title`,`assignee_id`,`project_id`,`id` FROM `__old_tasks`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`task_id`,`author_id`,`body`) SELECT `id`, `task_id`, `author_id`, coalesce(`body`, '') FROM `__old_comments`;--> statement-breakpoint
INSERT INTO `task_meta`(`task_id`,`priority`,`estimate`) SELECT `task_id`,`priority`,`estimate` FROM `__old_task_meta`;--> statement-breakpoint
INSERT INTO `task_labels`(`task_id`,`label_id`) SELECT `task_id`,`label_id` FROM `__old_task_labels`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_tasks`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_task_meta`;--> statement-breakpoint
DROP TABLE `__old_task_labels`;--> statement-breakpoint
PRAGMA foreign_keys=ON;