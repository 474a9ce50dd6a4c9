PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tickets` AS SELECT * FROM `tickets`;--> statement-breakpoint
CREATE TABLE `__old_events` AS SELECT * FROM `events`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_events' WHERE name = 'events';--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_tickets' WHERE name = 'tickets';--> statement-breakpoint
DROP TABLE `tickets`;--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text DEFAULT 'untitled' NOT NULL
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'tickets' WHERE name = '__old_tickets';--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer,
	`kind` text DEFAULT 'note' NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'events' WHERE name = '__old_events';--> statement-breakpoint
INSERT INTO `tickets`(`id`,`title`) SELECT `id`, coalesce(`title`, 'untitled') FROM `__old_tickets`;--> statement-breakpoint
INSERT INTO `events`(`id`,`ticket_id`,`kind`) SELECT `id`, `ticket_id`, coalesce(`kind`, 'note') FROM `__old_events`;--> statement-breakpoint
DROP TABLE `__old_tickets`;--> statement-breakpoint
DROP TABLE `__old_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;