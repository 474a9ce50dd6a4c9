PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tickets` RENAME TO `issues`;--> statement-breakpoint
CREATE TABLE `__old_issues` AS SELECT * FROM `issues`;--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
CREATE TABLE `__old_links` AS SELECT * FROM `links`;--> statement-breakpoint
DELETE FROM `links`;--> statement-breakpoint
DELETE FROM `notes`;--> statement-breakpoint
DROP TABLE `issues`;--> statement-breakpoint
CREATE TABLE `issues` (
	`ticket_no` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `issues`(`ticket_no`,`title`) SELECT `ticket_no`, `title` FROM `__old_issues`;--> statement-breakpoint
INSERT INTO `notes`(`id`,`ticket_id`) SELECT `id`,`ticket_id` FROM `__old_notes`;--> statement-breakpoint
INSERT INTO `links`(`id`,`ticket_id`) SELECT `id`,`ticket_id` FROM `__old_links`;--> statement-breakpoint
DROP TABLE `__old_issues`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;