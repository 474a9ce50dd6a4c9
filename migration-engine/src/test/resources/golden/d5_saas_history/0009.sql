PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_task_labels` (
	`task_id` integer NOT NULL,
	`label_id` integer NOT NULL,
	PRIMARY KEY(`label_id`, `task_id`),
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`label_id`) REFERENCES `labels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_task_labels`(`task_id`,`label_id`) SELECT `task_id`, `label_id` FROM `task_labels`;--> statement-breakpoint
DROP TABLE `task_labels`;--> statement-breakpoint
ALTER TABLE `__new_task_labels` RENAME TO `task_labels`;--> statement-breakpoint
PRAGMA foreign_keys=ON;