PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_events` AS SELECT * FROM `events`;--> statement-breakpoint
CREATE TABLE `__old_attendees` AS SELECT * FROM `attendees`;--> statement-breakpoint
DELETE FROM `attendees`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `events`(`id`,`note`,`label`) SELECT `id`, coalesce(`note`, ''), `label` FROM `__old_events`;--> statement-breakpoint
INSERT INTO `attendees`(`id`,`event_id`) SELECT `id`,`event_id` FROM `__old_attendees`;--> statement-breakpoint
DROP TABLE `__old_events`;--> statement-breakpoint
DROP TABLE `__old_attendees`;--> statement-breakpoint
PRAGMA foreign_keys=ON;