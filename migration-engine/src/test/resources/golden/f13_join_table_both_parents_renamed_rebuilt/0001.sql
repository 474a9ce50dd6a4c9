PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `students` RENAME TO `pupils`;--> statement-breakpoint
ALTER TABLE `courses` RENAME TO `classes`;--> statement-breakpoint
CREATE TABLE `__old_pupils` AS SELECT * FROM `pupils`;--> statement-breakpoint
CREATE TABLE `__old_classes` AS SELECT * FROM `classes`;--> statement-breakpoint
CREATE TABLE `__old_enrolments` AS SELECT * FROM `enrolments`;--> statement-breakpoint
DROP TABLE `enrolments`;--> statement-breakpoint
DROP TABLE `classes`;--> statement-breakpoint
DROP TABLE `pupils`;--> statement-breakpoint
CREATE TABLE `pupils` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `classes` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT '?' NOT NULL,
	`room` text
);
--> statement-breakpoint
CREATE TABLE `enrolments` (
	`student_id` integer NOT NULL,
	`course_id` integer NOT NULL,
	`grade` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`student_id`, `course_id`),
	FOREIGN KEY (`student_id`) REFERENCES `pupils`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`course_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `pupils`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_pupils`;--> statement-breakpoint
INSERT INTO `classes`(`id`,`title`) SELECT `id`, coalesce(`title`, '?') FROM `__old_classes`;--> statement-breakpoint
INSERT INTO `enrolments`(`student_id`,`course_id`) SELECT `student_id`, `course_id` FROM `__old_enrolments`;--> statement-breakpoint
DROP TABLE `__old_pupils`;--> statement-breakpoint
DROP TABLE `__old_classes`;--> statement-breakpoint
DROP TABLE `__old_enrolments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;