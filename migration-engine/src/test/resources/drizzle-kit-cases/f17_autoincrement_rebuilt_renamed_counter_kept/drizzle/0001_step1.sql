ALTER TABLE `events` RENAME TO `activity`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`weight` real
);
--> statement-breakpoint
INSERT INTO `__new_activity`("id", "kind", "weight") SELECT "id", "kind", "weight" FROM `activity`;--> statement-breakpoint
DROP TABLE `activity`;--> statement-breakpoint
ALTER TABLE `__new_activity` RENAME TO `activity`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_event_tags` (
	`event_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`event_id`, `tag`),
	FOREIGN KEY (`event_id`) REFERENCES `activity`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_event_tags`("event_id", "tag") SELECT "event_id", "tag" FROM `event_tags`;--> statement-breakpoint
DROP TABLE `event_tags`;--> statement-breakpoint
ALTER TABLE `__new_event_tags` RENAME TO `event_tags`;