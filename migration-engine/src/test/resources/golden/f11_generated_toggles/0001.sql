ALTER TABLE `shapes` DROP COLUMN `perim`;--> statement-breakpoint
ALTER TABLE `shapes` ADD `perim` integer GENERATED ALWAYS AS ("w" + "w" + "h" + "h") VIRTUAL;