ALTER TABLE `parent` RENAME COLUMN "code" TO "handle";--> statement-breakpoint
ALTER TABLE `parent` DROP COLUMN `code_up`;--> statement-breakpoint
ALTER TABLE `parent` ADD `code_up` text GENERATED ALWAYS AS (upper(trim("handle"))) VIRTUAL;