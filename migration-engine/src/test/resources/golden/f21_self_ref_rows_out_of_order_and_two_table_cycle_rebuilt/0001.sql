PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "id" TO "category_id";--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_projects` AS SELECT * FROM `projects`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
DROP TABLE `projects`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `categories` (
	`category_id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`name` text DEFAULT 'unnamed' NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `categories`(`category_id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer,
	`name` text DEFAULT 'anon' NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY NOT NULL,
	`lead_id` integer,
	`title` text DEFAULT 'untitled' NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `categories`(`category_id`,`parent_id`,`name`) SELECT `category_id`, `parent_id`, coalesce(`name`, 'unnamed') FROM `__old_categories`;--> statement-breakpoint
INSERT INTO `people`(`id`,`project_id`,`name`) SELECT `id`, `project_id`, coalesce(`name`, 'anon') FROM `__old_people`;--> statement-breakpoint
INSERT INTO `projects`(`id`,`lead_id`,`title`) SELECT `id`, `lead_id`, coalesce(`title`, 'untitled') FROM `__old_projects`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_projects`;--> statement-breakpoint
PRAGMA foreign_keys=ON;