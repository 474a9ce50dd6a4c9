ALTER TABLE `tickets` RENAME TO `issues`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_issues` (
	`ticket_no` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_issues`("ticket_no", "title") SELECT "ticket_no", "title" FROM `issues`;--> statement-breakpoint
DROP TABLE `issues`;--> statement-breakpoint
ALTER TABLE `__new_issues` RENAME TO `issues`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`ticket_id` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `issues`(`ticket_no`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_notes`("id", "ticket_id") SELECT "id", "ticket_id" FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
CREATE TABLE `__new_links` (
	`id` integer PRIMARY KEY NOT NULL,
	`ticket_id` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `issues`(`ticket_no`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_links`("id", "ticket_id") SELECT "id", "ticket_id" FROM `links`;--> statement-breakpoint
DROP TABLE `links`;--> statement-breakpoint
ALTER TABLE `__new_links` RENAME TO `links`;