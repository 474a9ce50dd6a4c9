PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_d` (
	`id` integer PRIMARY KEY NOT NULL,
	`neg` integer,
	`negr` real,
	`tenth` real,
	`tiny` real,
	`big` integer,
	`uni` text,
	`nl` text,
	`q` text,
	`bs` text,
	`empty` text,
	`ts` text,
	`dt` text,
	`hx` text,
	`flag` integer
);
--> statement-breakpoint
INSERT INTO `__new_d`("id", "neg", "negr", "tenth", "tiny", "big", "uni", "nl", "q", "bs", "empty", "ts", "dt", "hx", "flag") SELECT "id", "neg", "negr", "tenth", "tiny", "big", "uni", "nl", "q", "bs", "empty", "ts", "dt", "hx", "flag" FROM `d`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
ALTER TABLE `__new_d` RENAME TO `d`;--> statement-breakpoint
PRAGMA foreign_keys=ON;