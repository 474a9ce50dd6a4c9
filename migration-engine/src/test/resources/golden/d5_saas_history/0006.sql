PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `projects` RENAME COLUMN "title" TO "name";--> statement-breakpoint
CREATE TABLE `task_meta` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`priority` integer DEFAULT 0 NOT NULL,
	`estimate` real,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `__old_tasks` AS SELECT * FROM `tasks`;--> statement-breakpoint
CREATE TABLE `__old_comments` AS SELECT * FROM `comments`;--> statement-breakpoint
CREATE TABLE `__old_task_labels` AS SELECT * FROM `task_labels`;--> statement-breakpoint
DELETE FROM `task_labels`;--> statement-breakpoint
DELETE FROM `comments`;--> statement-breakpoint
DROP TABLE `tasks`;--> statement-breakpoint
CREATE TABLE `tasks` (
	`created_at` integer DEFAULT 0 NOT NULL,
	`deleted_at` integer,
	`status` text DEFAULT 'open',
	`title` text,
	`assignee_id` integer,
	`project_id` integer NOT NULL,
	`id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tasks_status_ok" CHECK("status" IS NULL OR "status" IN ('open','done','wip'))
);
--> statement-breakpoint
CREATE INDEX `tasks_open_idx` ON `tasks` (`project_id`,`status`,`assignee_id`) WHERE "deleted_at" IS NULL;--> statement-breakpoint
INSERT INTO `tasks`(`created_at`,`deleted_at`,`status`,`title`,`assignee_id`,`project_id`,`id`) SELECT `created_at`, `deleted_at`, `status`, `title`, `assignee_id`, `project_id`, `id` FROM `__old_tasks`;--> statement-breakpoint
INSERT INTO `comments`(`id`,`task_id`,`author_id`,`body`) SELECT `id`,`task_id`,`author_id`,`body` FROM `__old_comments`;--> statement-breakpoint
INSERT INTO `task_labels`(`task_id`,`label_id`) SELECT `task_id`,`label_id` FROM `__old_task_labels`;--> statement-breakpoint
DROP TABLE `__old_tasks`;--> statement-breakpoint
DROP TABLE `__old_comments`;--> statement-breakpoint
DROP TABLE `__old_task_labels`;--> statement-breakpoint
PRAGMA foreign_keys=ON;