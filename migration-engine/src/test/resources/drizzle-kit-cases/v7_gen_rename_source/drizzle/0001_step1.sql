ALTER TABLE `t` RENAME COLUMN "name" TO "title";--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `name_len`;--> statement-breakpoint
ALTER TABLE `t` ADD `name_len` integer GENERATED ALWAYS AS (length("title")) VIRTUAL;