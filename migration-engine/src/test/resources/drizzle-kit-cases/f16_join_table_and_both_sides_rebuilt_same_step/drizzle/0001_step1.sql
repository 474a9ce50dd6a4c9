ALTER TABLE `courses` RENAME TO `classes`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_classes` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`credits` real DEFAULT 3
);
--> statement-breakpoint
INSERT INTO `__new_classes`("id", "title", "credits") SELECT "id", "title", "credits" FROM `classes`;--> statement-breakpoint
DROP TABLE `classes`;--> statement-breakpoint
ALTER TABLE `__new_classes` RENAME TO `classes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_enrollments` (
	`student_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`grade` numeric,
	PRIMARY KEY(`student_id`, `course_id`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`course_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_enrollments`("student_id", "course_id", "grade") SELECT "student_id", "course_id", "grade" FROM `enrollments`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
ALTER TABLE `__new_enrollments` RENAME TO `enrollments`;--> statement-breakpoint
CREATE INDEX `enrollments_course_idx` ON `enrollments` (`course_id`);--> statement-breakpoint
CREATE TABLE `__new_students` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`year` text
);
--> statement-breakpoint
INSERT INTO `__new_students`("id", "name", "year") SELECT "id", "name", "year" FROM `students`;--> statement-breakpoint
DROP TABLE `students`;--> statement-breakpoint
ALTER TABLE `__new_students` RENAME TO `students`;