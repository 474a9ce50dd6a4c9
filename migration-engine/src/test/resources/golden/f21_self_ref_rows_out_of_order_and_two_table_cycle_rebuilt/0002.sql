PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `projects` RENAME TO `work_items`;--> statement-breakpoint
ALTER TABLE `people` RENAME TO `staff`;--> statement-breakpoint
CREATE TABLE `__old_staff` AS SELECT * FROM `staff`;--> statement-breakpoint
CREATE TABLE `__old_work_items` AS SELECT * FROM `work_items`;--> statement-breakpoint
DELETE FROM `staff`;--> statement-breakpoint
DROP TABLE `work_items`;--> statement-breakpoint
CREATE TABLE `work_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`lead_id` integer,
	`title` text DEFAULT 'untitled' NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `staff`(`id`,`project_id`,`name`) SELECT `id`,`project_id`,`name` FROM `__old_staff`;--> statement-breakpoint
INSERT INTO `work_items`(`id`,`lead_id`,`title`) SELECT `id`, `lead_id`, `title` FROM `__old_work_items`;--> statement-breakpoint
DROP TABLE `__old_staff`;--> statement-breakpoint
DROP TABLE `__old_work_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;