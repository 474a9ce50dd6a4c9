ALTER TABLE `events` RENAME COLUMN "title" TO "headline";--> statement-breakpoint
DROP INDEX `events_extra_idx`;--> statement-breakpoint
DROP INDEX `events_live_title`;--> statement-breakpoint
CREATE INDEX `events_live_title` ON `events` (`headline`);--> statement-breakpoint
ALTER TABLE `events` DROP COLUMN `extra`;