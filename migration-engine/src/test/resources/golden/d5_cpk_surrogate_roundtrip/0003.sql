PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_grade_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text,
	`enrollment_id` integer,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_grade_log`(`id`,`note`,`enrollment_id`) SELECT `id`, `note`, `enrollment_id` FROM `grade_log`;--> statement-breakpoint
DROP TABLE `grade_log`;--> statement-breakpoint
ALTER TABLE `__new_grade_log` RENAME TO `grade_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;