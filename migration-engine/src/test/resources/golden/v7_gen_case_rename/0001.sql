ALTER TABLE `t` RENAME COLUMN "Email" TO "email";--> statement-breakpoint
DROP INDEX `t_email_idx`;--> statement-breakpoint
ALTER TABLE `t` DROP COLUMN `e_lc`;--> statement-breakpoint
ALTER TABLE `t` ADD `e_lc` text GENERATED ALWAYS AS (lower("email")) VIRTUAL;--> statement-breakpoint
CREATE INDEX `t_email_idx` ON `t` (lower("email"));