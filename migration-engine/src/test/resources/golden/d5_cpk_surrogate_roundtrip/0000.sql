CREATE TABLE `students` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `enrollments` (
	`student_id` integer NOT NULL,
	`course` text NOT NULL,
	`grade` real,
	PRIMARY KEY(`student_id`, `course`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `grade_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`student_id` integer,
	`course` text,
	`note` text,
	FOREIGN KEY (`student_id`,`course`) REFERENCES `enrollments`(`student_id`,`course`) ON UPDATE cascade ON DELETE cascade
);
