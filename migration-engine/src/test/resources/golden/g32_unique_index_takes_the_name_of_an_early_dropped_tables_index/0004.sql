ALTER TABLE `T8` RENAME COLUMN "c76" TO "c202";--> statement-breakpoint
ALTER TABLE `t1` DROP COLUMN `c4`;--> statement-breakpoint
ALTER TABLE `values` ADD `c203` blob;