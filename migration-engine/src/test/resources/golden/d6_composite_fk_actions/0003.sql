ALTER TABLE `org` RENAME TO `company`;--> statement-breakpoint
ALTER TABLE `company` ADD `since` integer DEFAULT 2000;