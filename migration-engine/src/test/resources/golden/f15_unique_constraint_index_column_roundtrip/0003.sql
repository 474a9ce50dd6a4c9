DROP INDEX `t_c_unique`;--> statement-breakpoint
DROP INDEX `t_b_a_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `t_c_unique` ON `t` (`c`);--> statement-breakpoint
CREATE INDEX `t_b_a_uq` ON `t` (`b`,`a`);