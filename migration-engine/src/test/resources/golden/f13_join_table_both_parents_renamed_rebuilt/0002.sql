ALTER TABLE `pupils` RENAME COLUMN "id" TO "pupil_no";--> statement-breakpoint
ALTER TABLE `enrolments` RENAME COLUMN "student_id" TO "pupil_id";