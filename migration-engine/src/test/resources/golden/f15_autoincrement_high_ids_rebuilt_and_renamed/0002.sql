PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tickets` RENAME TO `issues`;--> statement-breakpoint
CREATE TABLE `__old_issues` AS SELECT * FROM `issues`;--> statement-breakpoint
CREATE TABLE `__old_events` AS SELECT * FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
UPDATE sqlite_sequence SET name = '__old_issues' WHERE name = 'issues';--> statement-breakpoint
DROP TABLE `issues`;--> statement-breakpoint
CREATE TABLE `issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text DEFAULT 'untitled' NOT NULL,
	`prio` integer DEFAULT 3 NOT NULL,
	CONSTRAINT "issues_prio" CHECK("prio" between 1 and 5)
);
--> statement-breakpoint
UPDATE sqlite_sequence SET name = 'issues' WHERE name = '__old_issues';--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`ticket_id` integer,
	`kind` text DEFAULT 'note' NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `issues`(`id`,`title`) SELECT `id`, `title` FROM `__old_issues`;--> statement-breakpoint
INSERT INTO `events`(`id`,`ticket_id`,`kind`) SELECT `id`, `ticket_id`, `kind` FROM `__old_events`;--> statement-breakpoint
DROP TABLE `__old_issues`;--> statement-breakpoint
DROP TABLE `__old_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;