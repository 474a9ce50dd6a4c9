ALTER TABLE `t` DROP COLUMN `Note`;--> statement-breakpoint
ALTER TABLE `t` ADD `note` integer;