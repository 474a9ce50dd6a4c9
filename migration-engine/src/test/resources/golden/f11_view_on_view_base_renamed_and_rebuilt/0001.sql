PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `recent_kinds`;--> statement-breakpoint
DROP VIEW `recent`;--> statement-breakpoint
ALTER TABLE `events` RENAME TO `audit_events`;--> statement-breakpoint
ALTER TABLE `audit_events` RENAME COLUMN "at" TO "happened_at";--> statement-breakpoint
CREATE TABLE `__old_audit_events` AS SELECT * FROM `audit_events`;--> statement-breakpoint
DROP TABLE `audit_events`;--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text DEFAULT '?' NOT NULL,
	`happened_at` integer
);
--> statement-breakpoint
INSERT INTO `audit_events`(`id`,`kind`,`happened_at`) SELECT `id`, coalesce(`kind`, '?'), `happened_at` FROM `__old_audit_events`;--> statement-breakpoint
DROP TABLE `__old_audit_events`;--> statement-breakpoint
CREATE VIEW `recent` AS select id, kind, happened_at as at from audit_events where happened_at > 100;--> statement-breakpoint
CREATE VIEW `recent_kinds` AS select kind, count(*) as n from recent group by kind;--> statement-breakpoint
PRAGMA foreign_keys=ON;