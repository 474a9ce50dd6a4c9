PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_s` (
	`id` integer PRIMARY KEY NOT NULL,
	`q` text DEFAULT 'it''''s',
	`nl` text DEFAULT 'line1
line2	',
	`uni` text DEFAULT 'héllo 😀 é',
	`e` text DEFAULT ' ',
	`looks_null` text DEFAULT 'null',
	`looks_ts` text DEFAULT '(CURRENT_TIMESTAMP)',
	`bs` text DEFAULT 'a\\b'''
);
--> statement-breakpoint
INSERT INTO `__new_s`("id", "q", "nl", "uni", "e", "looks_null", "looks_ts", "bs") SELECT "id", "q", "nl", "uni", "e", "looks_null", "looks_ts", "bs" FROM `s`;--> statement-breakpoint
DROP TABLE `s`;--> statement-breakpoint
ALTER TABLE `__new_s` RENAME TO `s`;--> statement-breakpoint
PRAGMA foreign_keys=ON;