ALTER TABLE `t12` DROP COLUMN `values`;--> statement-breakpoint
ALTER TABLE `t12` ADD `values` integer GENERATED ALWAYS AS (typeof("c13")) VIRTUAL;