PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_root` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_root`("id", "name") SELECT "id", "name" FROM `root`;--> statement-breakpoint
DROP TABLE `root`;--> statement-breakpoint
ALTER TABLE `__new_root` RENAME TO `root`;--> statement-breakpoint
PRAGMA foreign_keys=ON;