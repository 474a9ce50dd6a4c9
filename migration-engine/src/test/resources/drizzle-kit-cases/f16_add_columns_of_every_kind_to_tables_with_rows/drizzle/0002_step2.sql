DROP INDEX `members_handle_unique`;--> statement-breakpoint
ALTER TABLE `members` DROP COLUMN `handle`;--> statement-breakpoint
ALTER TABLE `members` DROP COLUMN `name_len`;