ALTER TABLE `projects` RENAME TO `work_items`;--> statement-breakpoint
ALTER TABLE `people` RENAME TO `staff`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_work_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`lead_id` integer,
	`title` text DEFAULT 'untitled' NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_work_items`("id", "lead_id", "title") SELECT "id", "lead_id", "title" FROM `work_items`;--> statement-breakpoint
DROP TABLE `work_items`;--> statement-breakpoint
ALTER TABLE `__new_work_items` RENAME TO `work_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`project_id` integer,
	`name` text DEFAULT 'anon' NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `work_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_staff`("id", "project_id", "name") SELECT "id", "project_id", "name" FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;