ALTER TABLE `photos` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `photos` ADD `longitude` real;--> statement-breakpoint
ALTER TABLE `photos` ADD `country` text;--> statement-breakpoint
ALTER TABLE `photos` ADD `city` text;--> statement-breakpoint
ALTER TABLE `photos` ADD `location_name` text;