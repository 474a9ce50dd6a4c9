PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tickets` RENAME TO `issues`;--> statement-breakpoint
CREATE TABLE `__old_issues` AS SELECT * FROM `issues`;--> statement-breakpoint
CREATE TABLE `__old_replies` AS SELECT * FROM `replies`;--> statement-breakpoint
DROP TABLE `replies`;--> statement-breakpoint
DROP TABLE `issues`;--> statement-breakpoint
CREATE TABLE `issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text
);
--> statement-breakpoint
CREATE TABLE `replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer,
	`body` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `issues`(`id`,`title`) SELECT `id`, `title` FROM `__old_issues`;--> statement-breakpoint
INSERT INTO `replies`(`id`,`ticket_id`,`body`) SELECT `id`, `ticket_id`, `body` FROM `__old_replies`;--> statement-breakpoint
DROP TABLE `__old_issues`;--> statement-breakpoint
DROP TABLE `__old_replies`;--> statement-breakpoint
PRAGMA foreign_keys=ON;