PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`flag` integer,
	`ts` integer DEFAULT (unixepoch()),
	`js` text DEFAULT 'null' NOT NULL,
	`big` blob DEFAULT -1,
	`num` numeric DEFAULT '12345678901234567890',
	`tsm` integer DEFAULT 1700000000000
);
--> statement-breakpoint
INSERT INTO `__new_m`("id", "flag", "ts", "js", "big", "num", "tsm") SELECT "id", "flag", "ts", "js", "big", "num", "tsm" FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
PRAGMA foreign_keys=ON;