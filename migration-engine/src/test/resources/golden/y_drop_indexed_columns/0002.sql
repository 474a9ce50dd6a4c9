ALTER TABLE `t` ADD `a` text;--> statement-breakpoint
ALTER TABLE `t` ADD `c` integer DEFAULT 0;--> statement-breakpoint
ALTER TABLE `t` ADD `p_id` integer REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `t_a_idx` ON `t` (`a`,`c`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_de_uq` ON `t` (`d`,`b`);