PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `courses` RENAME TO `classes`;--> statement-breakpoint
CREATE TABLE `__old_classes` AS SELECT * FROM `classes`;--> statement-breakpoint
CREATE TABLE `__old_students` AS SELECT * FROM `students`;--> statement-breakpoint
CREATE TABLE `__old_enrollments` AS SELECT * FROM `enrollments`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
DROP TABLE `students`;--> statement-breakpoint
DROP TABLE `classes`;--> statement-breakpoint
CREATE TABLE `classes` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`credits` real DEFAULT 3
);
--> statement-breakpoint
CREATE TABLE `students` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`year` text
);
--> statement-breakpoint
CREATE TABLE `enrollments` (
	`student_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`grade` numeric,
	PRIMARY KEY(`student_id`, `course_id`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`course_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `enrollments_course_idx` ON `enrollments` (`course_id`);--> statement-breakpoint
INSERT INTO `classes`(`id`,`title`,`credits`) SELECT `id`, `title`, `credits` FROM `__old_classes`;--> statement-breakpoint
INSERT INTO `students`(`id`,`name`,`year`) SELECT `id`, `name`, `year` FROM `__old_students`;--> statement-breakpoint
INSERT INTO `enrollments`(`student_id`,`course_id`,`grade`) SELECT `student_id`, `course_id`, `grade` FROM `__old_enrollments`;--> statement-breakpoint
DROP TABLE `__old_classes`;--> statement-breakpoint
DROP TABLE `__old_students`;--> statement-breakpoint
DROP TABLE `__old_enrollments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;