PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_enrollments` AS SELECT * FROM `enrollments`;--> statement-breakpoint
CREATE TABLE `__old_grade_log` AS SELECT * FROM `grade_log`;--> statement-breakpoint
DELETE FROM `grade_log`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
CREATE TABLE `enrollments` (
	`id` integer PRIMARY KEY NOT NULL,
	`student_id` integer NOT NULL,
	`course` text NOT NULL,
	`grade` real,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enr_student_course` ON `enrollments` (`student_id`,`course`);--> statement-breakpoint
INSERT INTO `enrollments`(`student_id`,`course`,`grade`) SELECT `student_id`, `course`, `grade` FROM `__old_enrollments`;--> statement-breakpoint
INSERT INTO `grade_log`(`id`,`student_id`,`course`,`note`) SELECT `id`,`student_id`,`course`,`note` FROM `__old_grade_log`;--> statement-breakpoint
DROP TABLE `__old_enrollments`;--> statement-breakpoint
DROP TABLE `__old_grade_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;