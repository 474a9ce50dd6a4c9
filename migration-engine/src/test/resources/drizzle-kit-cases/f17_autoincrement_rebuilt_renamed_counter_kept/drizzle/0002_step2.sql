PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_activity` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`weight` real,
	CONSTRAINT "kind_short" CHECK(length("__new_activity"."kind") < 10)
);
--> statement-breakpoint
INSERT INTO `__new_activity`("id", "kind", "weight") SELECT "id", "kind", "weight" FROM `activity`;--> statement-breakpoint
DROP TABLE `activity`;--> statement-breakpoint
ALTER TABLE `__new_activity` RENAME TO `activity`;--> statement-breakpoint
PRAGMA foreign_keys=ON;