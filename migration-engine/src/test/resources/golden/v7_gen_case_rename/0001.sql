PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `t` RENAME COLUMN "Email" TO "email";--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text,
	`e_lc` text GENERATED ALWAYS AS (lower("email")) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_t`(`id`,`email`) SELECT `id`, `email` FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
CREATE INDEX `t_email_idx` ON `t` (lower("email"));--> statement-breakpoint
PRAGMA foreign_keys=ON;