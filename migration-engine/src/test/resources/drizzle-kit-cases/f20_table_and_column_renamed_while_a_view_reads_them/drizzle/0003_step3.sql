PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_writers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unknown' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_writers`("id", "name") SELECT "id", "name" FROM `writers`;--> statement-breakpoint
DROP TABLE `writers`;--> statement-breakpoint
ALTER TABLE `__new_writers` RENAME TO `writers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;