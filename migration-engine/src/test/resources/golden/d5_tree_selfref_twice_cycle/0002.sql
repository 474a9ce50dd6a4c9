ALTER TABLE `nodes` RENAME TO `categories`;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "id" TO "cat_id";