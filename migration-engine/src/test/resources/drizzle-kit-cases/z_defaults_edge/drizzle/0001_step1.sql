PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_d` (
	`id` integer PRIMARY KEY NOT NULL,
	`neg` integer DEFAULT -9007199254740992,
	`negr` real DEFAULT -1e+300,
	`tenth` real DEFAULT 0.2,
	`tiny` real DEFAULT 1e-7,
	`big` integer DEFAULT -9007199254740991,
	`uni` text DEFAULT 'ünï ?',
	`nl` text DEFAULT 'a
b

c	d',
	`q` text DEFAULT '''''',
	`bs` text DEFAULT '\''',
	`empty` text DEFAULT ' ',
	`ts` text DEFAULT CURRENT_TIMESTAMP,
	`dt` text DEFAULT (datetime('now', 'localtime')),
	`hx` text DEFAULT (lower(hex(zeroblob(4)))),
	`flag` integer DEFAULT true
);
--> statement-breakpoint
INSERT INTO `__new_d`("id", "neg", "negr", "tenth", "tiny", "big", "uni", "nl", "q", "bs", "empty", "ts", "dt", "hx", "flag") SELECT "id", "neg", "negr", "tenth", "tiny", "big", "uni", "nl", "q", "bs", "empty", "ts", "dt", "hx", "flag" FROM `d`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
ALTER TABLE `__new_d` RENAME TO `d`;--> statement-breakpoint
PRAGMA foreign_keys=ON;