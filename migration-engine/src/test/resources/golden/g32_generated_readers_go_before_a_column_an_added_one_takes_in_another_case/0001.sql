ALTER TABLE `t` DROP COLUMN `g2`;--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `g1`;--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `c3`;--> statement-breakpoint
ALTER TABLE `t` ADD `C3` text;