ALTER TABLE `b` RENAME TO `bee`;--> statement-breakpoint
ALTER TABLE `c` RENAME COLUMN "a_id" TO "owner";--> statement-breakpoint
ALTER TABLE `c` ADD `w` real DEFAULT -0.5 NOT NULL;