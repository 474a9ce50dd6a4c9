PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_nums` (
	`id` integer PRIMARY KEY NOT NULL,
	`r` real DEFAULT 1e-300,
	`n` numeric DEFAULT -1.5e+300,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_nums`("id", "r", "n", "note") SELECT "id", "r", "n", "note" FROM `nums`;--> statement-breakpoint
DROP TABLE `nums`;--> statement-breakpoint
ALTER TABLE `__new_nums` RENAME TO `nums`;--> statement-breakpoint
PRAGMA foreign_keys=ON;