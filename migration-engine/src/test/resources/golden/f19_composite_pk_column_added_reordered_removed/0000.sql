CREATE TABLE `enrollments` (
	`student` integer NOT NULL,
	`course` text NOT NULL,
	`term` text DEFAULT '2026a' NOT NULL,
	`grade` real,
	PRIMARY KEY(`student`, `course`),
	CONSTRAINT "enrollments_grade_range" CHECK("grade" IS NULL OR "grade" BETWEEN 0 AND 4)
);
--> statement-breakpoint
CREATE INDEX `enrollments_course_idx` ON `enrollments` (`course`);