ALTER TABLE `items` ADD `price` real;--> statement-breakpoint
ALTER TABLE `items` DROP COLUMN `old`;