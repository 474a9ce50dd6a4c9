DROP INDEX `labels_name_unique`;--> statement-breakpoint
ALTER TABLE `projects` DROP COLUMN `deleted_at`;--> statement-breakpoint
ALTER TABLE `task_meta` DROP COLUMN `estimate`;--> statement-breakpoint
CREATE UNIQUE INDEX `labels_name_key` ON `labels` (`name`);