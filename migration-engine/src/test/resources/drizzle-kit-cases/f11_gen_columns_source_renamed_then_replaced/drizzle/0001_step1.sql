ALTER TABLE `people` RENAME COLUMN "first" TO "given";--> statement-breakpoint
ALTER TABLE `people` DROP COLUMN `full`;--> statement-breakpoint
ALTER TABLE `people` ADD `full` text GENERATED ALWAYS AS ("given" || ' ' || "last") VIRTUAL;