PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000),
	`at_ms` integer DEFAULT (unixepoch()) NOT NULL,
	`created` text DEFAULT (datetime('now')),
	`label` text DEFAULT 'CURRENT_TIMESTAMP',
	`done` integer DEFAULT true
);
--> statement-breakpoint
INSERT INTO `__new_events`(`id`,`at`,`at_ms`,`created`,`label`,`done`) SELECT `id`, `at`, coalesce(`at_ms`, (unixepoch())), `created`, `label`, `done` FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;