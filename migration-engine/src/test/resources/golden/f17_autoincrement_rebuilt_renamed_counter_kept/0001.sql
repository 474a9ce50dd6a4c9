PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `events` RENAME TO `activity`;--> statement-breakpoint
CREATE TABLE `__old_activity` AS SELECT * FROM `activity`;--> statement-breakpoint
CREATE TABLE `__old_event_tags` AS SELECT * FROM `event_tags`;--> statement-breakpoint
DELETE FROM `event_tags`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_activity' WHERE name = 'activity';--> statement-breakpoint
DROP TABLE `activity`;--> statement-breakpoint
CREATE TABLE `activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`weight` real
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'activity' WHERE name = '__old_activity';--> statement-breakpoint
INSERT INTO `activity`(`id`,`kind`,`weight`) SELECT `id`, `kind`, `weight` FROM `__old_activity`;--> statement-breakpoint
INSERT INTO `event_tags`(`event_id`,`tag`) SELECT `event_id`,`tag` FROM `__old_event_tags`;--> statement-breakpoint
DROP TABLE `__old_activity`;--> statement-breakpoint
DROP TABLE `__old_event_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;