ALTER TABLE `items` DROP COLUMN `label`;--> statement-breakpoint
ALTER TABLE `items` ADD `label` text;