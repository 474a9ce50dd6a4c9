PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_prefs` (
	`id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`at` integer DEFAULT -1,
	`ms` integer,
	`cfg` text DEFAULT '{"a": ''b''}',
	`big` numeric DEFAULT '9007199254740993'
);
--> statement-breakpoint
INSERT INTO `__new_prefs`("id", "enabled", "at", "ms", "cfg", "big") SELECT "id", "enabled", "at", "ms", "cfg", "big" FROM `prefs`;--> statement-breakpoint
DROP TABLE `prefs`;--> statement-breakpoint
ALTER TABLE `__new_prefs` RENAME TO `prefs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;