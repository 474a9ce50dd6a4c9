PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_events`("id", "note", "label") SELECT "id", "note", "label" FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;