ALTER TABLE `addresses` ADD `city` text;--> statement-breakpoint
ALTER TABLE `people` DROP COLUMN `city`;