DROP VIEW `v192`;--> statement-breakpoint
DROP TABLE `t129`;--> statement-breakpoint
ALTER TABLE `SELECT` RENAME TO `t264`;--> statement-breakpoint
ALTER TABLE `t18` ADD `c262` text REFERENCES `t18`(`code`) ON UPDATE no action ON DELETE no action;--> statement-breakpoint
ALTER TABLE `t80` ADD `order` integer DEFAULT 263;--> statement-breakpoint
CREATE UNIQUE INDEX `ix261` ON `t264` (`c183`);