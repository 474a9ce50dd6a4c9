PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `old_log`;--> statement-breakpoint
ALTER TABLE `events` RENAME TO `log`;--> statement-breakpoint
CREATE TABLE `__new_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer,
	`kind` text DEFAULT 'x' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_log`(`id`,`at`,`kind`) SELECT `id`, `at`, coalesce(`kind`, 'x') FROM `log`;--> statement-breakpoint
DROP TABLE `log`;--> statement-breakpoint
ALTER TABLE `__new_log` RENAME TO `log`;--> statement-breakpoint
CREATE UNIQUE INDEX `log_at_idx` ON `log` (`at`,`kind`);--> statement-breakpoint
PRAGMA foreign_keys=ON;