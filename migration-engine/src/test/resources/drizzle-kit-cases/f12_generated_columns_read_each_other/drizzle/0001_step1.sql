ALTER TABLE `boxes` DROP COLUMN `area`;--> statement-breakpoint
ALTER TABLE `boxes` ADD `area` integer GENERATED ALWAYS AS ("w" * "h" + "margin") VIRTUAL;--> statement-breakpoint
ALTER TABLE `boxes` ADD `margin` integer GENERATED ALWAYS AS ("area" / 10) VIRTUAL;