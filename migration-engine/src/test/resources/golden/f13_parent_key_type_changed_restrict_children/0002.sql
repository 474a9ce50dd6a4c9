PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `dept` RENAME COLUMN "id" TO "code";--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`id` integer PRIMARY KEY NOT NULL,
	`dept_id` text DEFAULT 'hr' NOT NULL,
	FOREIGN KEY (`dept_id`) REFERENCES `dept`(`code`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_staff`(`id`,`dept_id`) SELECT `id`, coalesce(`dept_id`, 'hr') FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;--> statement-breakpoint
PRAGMA foreign_keys=ON;