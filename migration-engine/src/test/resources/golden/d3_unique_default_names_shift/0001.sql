ALTER TABLE `t` RENAME COLUMN "a" TO "b";--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "c" TO "a";--> statement-breakpoint
DROP INDEX `t_a_unique`;--> statement-breakpoint
DROP INDEX `t_c_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `t_b_unique` ON `t` (`b`);--> statement-breakpoint
CREATE UNIQUE INDEX `t_a_unique` ON `t` (`a`);