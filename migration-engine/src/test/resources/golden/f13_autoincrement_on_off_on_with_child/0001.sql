PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_tickets` AS SELECT * FROM `tickets`;--> statement-breakpoint
CREATE TABLE `__old_replies` AS SELECT * FROM `replies`;--> statement-breakpoint
DELETE FROM `replies`;--> statement-breakpoint
DROP TABLE `tickets`;--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text
);
--> statement-breakpoint
INSERT INTO `tickets`(`id`,`title`) SELECT `id`, `title` FROM `__old_tickets`;--> statement-breakpoint
INSERT INTO `replies`(`id`,`ticket_id`,`body`) SELECT `id`,`ticket_id`,`body` FROM `__old_replies`;--> statement-breakpoint
DROP TABLE `__old_tickets`;--> statement-breakpoint
DROP TABLE `__old_replies`;--> statement-breakpoint
PRAGMA foreign_keys=ON;