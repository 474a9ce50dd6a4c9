PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_prefs` (
	`id` integer PRIMARY KEY NOT NULL,
	`on` integer DEFAULT false NOT NULL,
	`at` integer DEFAULT 0,
	`ms` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)),
	`cfg` text DEFAULT '[]',
	`big` blob
);
--> statement-breakpoint
INSERT INTO `__new_prefs`("id", "on", "at", "ms", "cfg", "big") SELECT "id", "on", "at", "ms", "cfg", "big" FROM `prefs`;--> statement-breakpoint
DROP TABLE `prefs`;--> statement-breakpoint
ALTER TABLE `__new_prefs` RENAME TO `prefs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;