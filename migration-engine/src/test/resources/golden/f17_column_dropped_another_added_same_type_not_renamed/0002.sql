ALTER TABLE `people` DROP COLUMN `city`;--> statement-breakpoint
ALTER TABLE `addresses` ADD `city` text;