DROP TABLE `folders`;--> statement-breakpoint
CREATE TABLE `folders` (`id` integer, `name` text, `parent_id` integer, `cover_file` integer, PRIMARY KEY(`id`));--> statement-breakpoint
DROP TABLE `files`;--> statement-breakpoint
DROP TABLE `folders`;--> statement-breakpoint
ALTER TABLE `docs` RENAME TO `folders`;