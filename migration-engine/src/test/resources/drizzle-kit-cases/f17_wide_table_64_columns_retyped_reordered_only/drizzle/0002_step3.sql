ALTER TABLE `wide` ADD `c64` text DEFAULT 'sixty-four';--> statement-breakpoint
ALTER TABLE `wide` DROP COLUMN `c31`;