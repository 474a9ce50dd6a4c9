PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tags` RENAME TO `labels`;--> statement-breakpoint
ALTER TABLE `task_tags` RENAME TO `task_labels`;--> statement-breakpoint
ALTER TABLE `task_labels` RENAME COLUMN "tag_id" TO "label_id";--> statement-breakpoint
DROP INDEX `tags_name_unique`;--> statement-breakpoint
ALTER TABLE `labels` ADD `color` text DEFAULT '#fff';--> statement-breakpoint
CREATE UNIQUE INDEX `labels_name_unique` ON `labels` (`name`);--> statement-breakpoint
CREATE TABLE `__new_task_labels` (
	`task_id` integer NOT NULL,
	`label_id` integer NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`label_id`) REFERENCES `labels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_task_labels`(`task_id`,`label_id`) SELECT `task_id`, `label_id` FROM `task_labels`;--> statement-breakpoint
DROP TABLE `task_labels`;--> statement-breakpoint
ALTER TABLE `__new_task_labels` RENAME TO `task_labels`;--> statement-breakpoint
CREATE UNIQUE INDEX `task_labels_uq` ON `task_labels` (`task_id`,`label_id`);--> statement-breakpoint
PRAGMA foreign_keys=ON;