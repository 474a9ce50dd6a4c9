PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_prefs` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` text DEFAULT '?' NOT NULL,
	`cfg` text DEFAULT '{"a": [1, 2]}',
	`at` integer DEFAULT 0,
	`at_ms` integer DEFAULT 1700000000000,
	`big` numeric DEFAULT '9007199254740993',
	`num` numeric DEFAULT 2.5,
	`numstr` numeric DEFAULT '007',
	`r1` real DEFAULT 1e+21,
	`r2` real DEFAULT 0.1,
	`r3` real DEFAULT 100,
	`r4` real DEFAULT 0,
	`r5` real DEFAULT 5e-324,
	`r6` real DEFAULT 1.7976931348623157e+308,
	`i1` integer DEFAULT 9007199254740991,
	`t1` text DEFAULT 1000,
	`t2` text DEFAULT '+5',
	`on` integer DEFAULT true
);
--> statement-breakpoint
INSERT INTO `__new_prefs`("id", "k", "cfg", "at", "at_ms", "big", "num", "numstr", "r1", "r2", "r3", "r4", "r5", "r6", "i1", "t1", "t2", "on") SELECT "id", "k", "cfg", "at", "at_ms", "big", "num", "numstr", "r1", "r2", "r3", "r4", "r5", "r6", "i1", "t1", "t2", "on" FROM `prefs`;--> statement-breakpoint
DROP TABLE `prefs`;--> statement-breakpoint
ALTER TABLE `__new_prefs` RENAME TO `prefs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;