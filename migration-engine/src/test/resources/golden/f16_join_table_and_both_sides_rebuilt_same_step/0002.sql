PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_enrollments` (
	`id` integer PRIMARY KEY NOT NULL,
	`course_id` integer NOT NULL,
	`student_id` integer NOT NULL,
	`grade` numeric,
	`enrolled_at` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_enrollments`(`course_id`,`student_id`,`grade`) SELECT `course_id`, `student_id`, `grade` FROM `enrollments`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
ALTER TABLE `__new_enrollments` RENAME TO `enrollments`;--> statement-breakpoint
CREATE INDEX `enrollments_course_idx` ON `enrollments` (`course_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `enrollments_pair_uq` ON `enrollments` (`student_id`,`course_id`);--> statement-breakpoint
PRAGMA foreign_keys=ON;