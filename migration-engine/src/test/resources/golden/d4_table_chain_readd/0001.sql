ALTER TABLE `b` RENAME TO `c`;--> statement-breakpoint
ALTER TABLE `a` RENAME TO `b`;--> statement-breakpoint
CREATE TABLE `a` (
	`x` text
);
