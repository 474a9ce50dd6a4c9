PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tasks` ADD `done` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE `__old_projects` AS SELECT * FROM `projects`;--> statement-breakpoint
CREATE TABLE `__old_tasks` AS SELECT * FROM `tasks`;--> statement-breakpoint
DELETE FROM `tasks`;--> statement-breakpoint
DROP TABLE `projects`;--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer_id` integer NOT NULL,
	`title` text DEFAULT 'untitled' NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `projects`(`id`,`customer_id`,`title`) SELECT `id`, `customer_id`, coalesce(`title`, 'untitled') FROM `__old_projects`;--> statement-breakpoint
INSERT INTO `tasks`(`id`,`project_id`,`parent_task`,`body`,`done`) SELECT `id`,`project_id`,`parent_task`,`body`,`done` FROM `__old_tasks`;--> statement-breakpoint
DROP TABLE `__old_projects`;--> statement-breakpoint
DROP TABLE `__old_tasks`;--> statement-breakpoint
PRAGMA foreign_keys=ON;