ALTER TABLE `c` RENAME TO `d`;--> statement-breakpoint
ALTER TABLE `b` RENAME TO `c`;--> statement-breakpoint
ALTER TABLE `a` RENAME TO `b`;