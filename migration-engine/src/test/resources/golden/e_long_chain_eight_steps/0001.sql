ALTER TABLE `notes` ADD `prio` integer;--> statement-breakpoint
ALTER TABLE `notes` ADD `tag` text;