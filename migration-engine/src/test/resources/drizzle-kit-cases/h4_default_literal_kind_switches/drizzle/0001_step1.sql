PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_s` (
	`id` integer PRIMARY KEY NOT NULL,
	`t1` text DEFAULT 1,
	`flag` integer DEFAULT 1,
	`r` real DEFAULT 2.5,
	`word` text DEFAULT 'true'
);
--> statement-breakpoint
INSERT INTO `__new_s`("id", "t1", "flag", "r", "word") SELECT "id", "t1", "flag", "r", "word" FROM `s`;--> statement-breakpoint
DROP TABLE `s`;--> statement-breakpoint
ALTER TABLE `__new_s` RENAME TO `s`;--> statement-breakpoint
PRAGMA foreign_keys=ON;