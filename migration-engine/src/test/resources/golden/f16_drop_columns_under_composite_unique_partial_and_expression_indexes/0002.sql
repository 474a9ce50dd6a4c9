ALTER TABLE `events` RENAME COLUMN "title" TO "headline";--> statement-breakpoint
DROP INDEX `events_extra_idx`;--> statement-breakpoint
ALTER TABLE `events` DROP COLUMN `extra`;