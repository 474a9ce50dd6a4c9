PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_s` (
	`id` integer PRIMARY KEY NOT NULL,
	`q` text DEFAULT '1',
	`nl` text DEFAULT 1,
	`uni` text DEFAULT '0x10',
	`e` text DEFAULT '-0',
	`looks_null` text DEFAULT 'true',
	`looks_ts` text DEFAULT '1e3',
	`bs` text DEFAULT 2.5
);
--> statement-breakpoint
INSERT INTO `__new_s`("id", "q", "nl", "uni", "e", "looks_null", "looks_ts", "bs") SELECT "id", "q", "nl", "uni", "e", "looks_null", "looks_ts", "bs" FROM `s`;--> statement-breakpoint
DROP TABLE `s`;--> statement-breakpoint
ALTER TABLE `__new_s` RENAME TO `s`;--> statement-breakpoint
PRAGMA foreign_keys=ON;