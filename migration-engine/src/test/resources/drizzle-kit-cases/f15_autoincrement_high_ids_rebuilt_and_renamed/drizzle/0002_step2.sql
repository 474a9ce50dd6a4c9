ALTER TABLE `tickets` RENAME TO `issues`;--> statement-breakpoint
ALTER TABLE `issues` ADD `prio` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text DEFAULT 'untitled' NOT NULL,
	`prio` integer DEFAULT 3 NOT NULL,
	CONSTRAINT "issues_prio" CHECK("__new_issues"."prio" between 1 and 5)
);
--> statement-breakpoint
INSERT INTO `__new_issues`("id", "title", "prio") SELECT "id", "title", "prio" FROM `issues`;--> statement-breakpoint
DROP TABLE `issues`;--> statement-breakpoint
ALTER TABLE `__new_issues` RENAME TO `issues`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`ticket_id` integer,
	`kind` text DEFAULT 'note' NOT NULL,
	FOREIGN KEY (`ticket_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_events`("id", "ticket_id", "kind") SELECT "id", "ticket_id", "kind" FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;