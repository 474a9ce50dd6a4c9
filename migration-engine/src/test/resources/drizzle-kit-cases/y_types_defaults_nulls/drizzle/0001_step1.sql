PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` blob DEFAULT (X'00FF') NOT NULL,
	`n` numeric DEFAULT '1.50',
	`r` real DEFAULT 100000000000000000000,
	`i` integer DEFAULT 3000000000 NOT NULL,
	`s` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "b", "n", "r", "i", "s") SELECT "id", "b", "n", "r", "i", "s" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;