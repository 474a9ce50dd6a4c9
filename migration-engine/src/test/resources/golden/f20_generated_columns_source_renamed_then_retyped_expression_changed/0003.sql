ALTER TABLE `items` DROP COLUMN `label`;--> statement-breakpoint
ALTER TABLE `items` DROP COLUMN `name`;