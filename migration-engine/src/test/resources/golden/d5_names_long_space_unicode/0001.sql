ALTER TABLE `t` RENAME COLUMN "v " TO "w";--> statement-breakpoint
ALTER TABLE `café` RENAME COLUMN "café" TO "nfd_renamed";