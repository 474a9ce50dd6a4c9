PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_key` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` real DEFAULT (-(3)),
	`b` integer DEFAULT (2 * (1 + 2)),
	`c` text DEFAULT ('(' || ')'),
	`g` real GENERATED ALWAYS AS ("a" + "b") STORED
);
--> statement-breakpoint
INSERT INTO `__new_key`("id", "a", "b", "c", "g") SELECT "id", "a", "b", "c", "g" FROM `key`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
ALTER TABLE `__new_key` RENAME TO `key`;--> statement-breakpoint
PRAGMA foreign_keys=ON;