ALTER TABLE `people` RENAME COLUMN "last" TO "family";--> statement-breakpoint
DROP INDEX `people_full_idx`;--> statement-breakpoint
ALTER TABLE `people` ADD `display` text GENERATED ALWAYS AS (coalesce("family", "given")) VIRTUAL;--> statement-breakpoint
CREATE INDEX `people_full_idx` ON `people` (`display`);--> statement-breakpoint
ALTER TABLE `people` DROP COLUMN `full`;