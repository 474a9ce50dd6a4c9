ALTER TABLE `cats` RENAME TO `categories`;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "cid" TO "id";--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "label" TO "title";--> statement-breakpoint
DROP INDEX `cats_label_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `categories_title_unique` ON `categories` (`title`);