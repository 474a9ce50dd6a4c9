PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_acct` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text DEFAULT '-1' NOT NULL,
	`level` text DEFAULT 'it''s "lvl"',
	`rate` real NOT NULL,
	`handle` text DEFAULT 'anon'
);
--> statement-breakpoint
INSERT INTO `__new_acct`(`id`,`code`,`level`,`rate`,`handle`) SELECT `id`, `code`, `level`, `rate`, `handle` FROM `acct`;--> statement-breakpoint
DROP TABLE `acct`;--> statement-breakpoint
ALTER TABLE `__new_acct` RENAME TO `acct`;--> statement-breakpoint
CREATE UNIQUE INDEX `acct_code_unique` ON `acct` (`code`);--> statement-breakpoint
CREATE INDEX `acct_handle_rate` ON `acct` (`handle`,`rate`);--> statement-breakpoint
PRAGMA foreign_keys=ON;