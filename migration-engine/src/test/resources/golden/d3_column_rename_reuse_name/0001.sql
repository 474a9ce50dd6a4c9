ALTER TABLE `t` RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
ALTER TABLE `t` ADD `name` text;