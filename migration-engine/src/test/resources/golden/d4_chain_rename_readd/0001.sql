ALTER TABLE `t` RENAME COLUMN "hi" TO "top";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "lo" TO "hi";--> statement-breakpoint
ALTER TABLE `t` ADD `lo` integer;