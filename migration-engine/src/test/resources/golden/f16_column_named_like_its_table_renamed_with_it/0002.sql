ALTER TABLE `group` RENAME TO `groups`;--> statement-breakpoint
ALTER TABLE `groups` RENAME COLUMN "group" TO "id";--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "group" TO "group_id";