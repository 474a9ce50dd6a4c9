PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_d` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'null',
	`b` text DEFAULT CURRENT_TIMESTAMP,
	`c` numeric DEFAULT '0x10',
	`e` real DEFAULT -5e-324,
	`f` text DEFAULT '''''',
	`g` integer DEFAULT (abs(-2)),
	`h` text DEFAULT 'TRUE' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_d`("id", "a", "b", "c", "e", "f", "g", "h") SELECT "id", "a", "b", "c", "e", "f", "g", "h" FROM `d`;--> statement-breakpoint
DROP TABLE `d`;--> statement-breakpoint
ALTER TABLE `__new_d` RENAME TO `d`;--> statement-breakpoint
PRAGMA foreign_keys=ON;