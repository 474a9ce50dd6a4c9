PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_groups`("id", "name") SELECT "id", "name" FROM `groups`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
ALTER TABLE `__new_groups` RENAME TO `groups`;--> statement-breakpoint
PRAGMA foreign_keys=ON;