ALTER TABLE `owners` RENAME TO `people`;--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "id" TO "pid";