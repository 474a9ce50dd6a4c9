ALTER TABLE `a` ADD `na` text DEFAULT 'a' NOT NULL;--> statement-breakpoint
ALTER TABLE `b` ADD `nb` real DEFAULT 0.5;