PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `accounts` RENAME TO `customers`;--> statement-breakpoint
ALTER TABLE `projects` RENAME COLUMN "account_id" TO "customer_id";--> statement-breakpoint
CREATE TABLE `__old_customers` AS SELECT * FROM `customers`;--> statement-breakpoint
CREATE TABLE `__old_projects` AS SELECT * FROM `projects`;--> statement-breakpoint
CREATE TABLE `__old_tasks` AS SELECT * FROM `tasks`;--> statement-breakpoint
DELETE FROM `tasks`;--> statement-breakpoint
DELETE FROM `projects`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
CREATE TABLE `customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`balance` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `customers`(`id`,`name`,`balance`) SELECT `id`, `name`, coalesce(`balance`, 0) FROM `__old_customers`;--> statement-breakpoint
INSERT INTO `projects`(`id`,`customer_id`,`title`) SELECT `id`,`customer_id`,`title` FROM `__old_projects`;--> statement-breakpoint
INSERT INTO `tasks`(`id`,`project_id`,`parent_task`,`body`) SELECT `id`,`project_id`,`parent_task`,`body` FROM `__old_tasks`;--> statement-breakpoint
DROP TABLE `__old_customers`;--> statement-breakpoint
DROP TABLE `__old_projects`;--> statement-breakpoint
DROP TABLE `__old_tasks`;--> statement-breakpoint
PRAGMA foreign_keys=ON;