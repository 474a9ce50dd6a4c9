PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_enrollments` (
	`student` integer NOT NULL,
	`course` text NOT NULL,
	`term` text DEFAULT '2026a' NOT NULL,
	`grade` real,
	PRIMARY KEY(`term`, `course`, `student`),
	CONSTRAINT "enrollments_grade_range" CHECK("grade" IS NULL OR "grade" BETWEEN 0 AND 4)
);
--> statement-breakpoint
INSERT INTO `__new_enrollments`(`student`,`course`,`term`,`grade`) SELECT `student`, `course`, `term`, `grade` FROM `enrollments`;--> statement-breakpoint
DROP TABLE `enrollments`;--> statement-breakpoint
ALTER TABLE `__new_enrollments` RENAME TO `enrollments`;--> statement-breakpoint
CREATE INDEX `enrollments_course_idx` ON `enrollments` (`course`);--> statement-breakpoint
PRAGMA foreign_keys=ON;