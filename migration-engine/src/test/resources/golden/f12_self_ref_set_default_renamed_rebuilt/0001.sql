ALTER TABLE `cats` RENAME TO `categories`;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "name" TO "title";--> statement-breakpoint
ALTER TABLE `categories` ADD `slug` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `cat_slug_parent` ON `categories` (`parent`,`slug`) WHERE "slug" <> '';