PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` blob DEFAULT (X''),
	`n` real DEFAULT 0.5,
	`r` real DEFAULT -2.5 NOT NULL,
	`i` integer,
	`s` text DEFAULT 'it''s' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "b", "n", "r", "i", "s") SELECT "id", "b", "n", "r", "i", "s" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;