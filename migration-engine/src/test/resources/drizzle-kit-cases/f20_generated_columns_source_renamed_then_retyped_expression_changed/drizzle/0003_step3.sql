ALTER TABLE `items` DROP COLUMN `name`;--> statement-breakpoint
ALTER TABLE `items` DROP COLUMN `label`;