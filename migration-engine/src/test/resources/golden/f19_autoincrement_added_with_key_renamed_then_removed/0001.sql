PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tickets` RENAME COLUMN "id" TO "ticket_no";--> statement-breakpoint
CREATE TABLE `__old_tickets` AS SELECT * FROM `tickets`;--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
CREATE TABLE `__old_links` AS SELECT * FROM `links`;--> statement-breakpoint
DELETE FROM `links`;--> statement-breakpoint
DELETE FROM `notes`;--> statement-breakpoint
DROP TABLE `tickets`;--> statement-breakpoint
CREATE TABLE `tickets` (
	`ticket_no` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `tickets`(`ticket_no`,`title`) SELECT `ticket_no`, `title` FROM `__old_tickets`;--> statement-breakpoint
INSERT INTO `notes`(`id`,`ticket_id`) SELECT `id`,`ticket_id` FROM `__old_notes`;--> statement-breakpoint
INSERT INTO `links`(`id`,`ticket_id`) SELECT `id`,`ticket_id` FROM `__old_links`;--> statement-breakpoint
DROP TABLE `__old_tickets`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;