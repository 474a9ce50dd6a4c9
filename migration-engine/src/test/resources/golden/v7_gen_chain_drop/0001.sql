ALTER TABLE `t` DROP COLUMN `g2`;--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `g1`;