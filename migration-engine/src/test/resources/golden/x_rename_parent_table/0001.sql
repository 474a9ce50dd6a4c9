ALTER TABLE `orgs` RENAME TO `companies`;--> statement-breakpoint
ALTER TABLE `companies` ADD `country` text;