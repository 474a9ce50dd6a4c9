PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_audit_events` AS SELECT * FROM `audit_events`;--> statement-breakpoint
DROP TABLE `audit_events`;--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text DEFAULT '?' NOT NULL,
	`happened_at` integer,
	`source` text DEFAULT (lower('WEB')) NOT NULL
);
--> statement-breakpoint
INSERT INTO `audit_events`(`id`,`kind`,`happened_at`) SELECT `id`, `kind`, `happened_at` FROM `__old_audit_events`;--> statement-breakpoint
DROP TABLE `__old_audit_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;