DROP INDEX `t_c_unique`;--> statement-breakpoint
ALTER TABLE `t` ADD `e` text;--> statement-breakpoint
CREATE UNIQUE INDEX `t_e_unique` ON `t` (`e`);--> statement-breakpoint
CREATE INDEX `t_c_unique` ON `t` (`d`);