PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_p` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` real,
	`v` integer
);
--> statement-breakpoint
INSERT INTO `__new_p`("id", "rowid", "v") SELECT "id", "rowid", "v" FROM `p`;--> statement-breakpoint
DROP TABLE `p`;--> statement-breakpoint
ALTER TABLE `__new_p` RENAME TO `p`;--> statement-breakpoint
PRAGMA foreign_keys=ON;