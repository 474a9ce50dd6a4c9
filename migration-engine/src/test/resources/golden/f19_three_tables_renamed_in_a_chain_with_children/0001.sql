ALTER TABLE `c` RENAME TO `d`;--> statement-breakpoint
ALTER TABLE `b` RENAME TO `c`;--> statement-breakpoint
ALTER TABLE `a` RENAME TO `b`;--> statement-breakpoint
ALTER TABLE `c` ADD `flag` integer DEFAULT 1 NOT NULL;