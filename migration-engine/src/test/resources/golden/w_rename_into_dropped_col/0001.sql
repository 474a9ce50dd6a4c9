DROP INDEX `t_name_idx`;--> statement-breakpoint
DROP INDEX `t_code_uq`;--> statement-breakpoint
DROP INDEX `t_name_unique`;--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `name`;--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `code`;