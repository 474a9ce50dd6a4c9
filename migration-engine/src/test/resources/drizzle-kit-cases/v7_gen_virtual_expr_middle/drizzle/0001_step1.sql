ALTER TABLE `t` DROP COLUMN `g`;--> statement-breakpoint
ALTER TABLE `t` ADD `g` integer GENERATED ALWAYS AS ("a" + 2) VIRTUAL;