PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_companies` AS SELECT * FROM `companies`;--> statement-breakpoint
CREATE TABLE `__old_users` AS SELECT * FROM `users`;--> statement-breakpoint
CREATE TABLE `__old_projects` AS SELECT * FROM `projects`;--> statement-breakpoint
DELETE FROM `projects`;--> statement-breakpoint
DELETE FROM `users`;--> statement-breakpoint
DROP TABLE `companies`;--> statement-breakpoint
CREATE TABLE `companies` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`country` text DEFAULT 'US'
);
--> statement-breakpoint
INSERT INTO `companies`(`id`,`name`,`country`) SELECT `id`, `name`, `country` FROM `__old_companies`;--> statement-breakpoint
INSERT INTO `users`(`id`,`org_id`) SELECT `id`,`org_id` FROM `__old_users`;--> statement-breakpoint
INSERT INTO `projects`(`id`,`org_id`,`owner_org`) SELECT `id`,`org_id`,`owner_org` FROM `__old_projects`;--> statement-breakpoint
DROP TABLE `__old_companies`;--> statement-breakpoint
DROP TABLE `__old_users`;--> statement-breakpoint
DROP TABLE `__old_projects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;