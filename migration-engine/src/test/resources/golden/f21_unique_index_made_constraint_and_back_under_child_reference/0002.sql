DROP INDEX `parents_code_uq`;--> statement-breakpoint
ALTER TABLE `parents` ADD `label` text;--> statement-breakpoint
CREATE UNIQUE INDEX `parents_code_key` ON `parents` (`code`);