ALTER TABLE `items` DROP COLUMN `total`;--> statement-breakpoint
ALTER TABLE `items` ADD `total` integer GENERATED ALWAYS AS ("price" * "qty" + 1) VIRTUAL;