PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_odd` (
	`id` integer PRIMARY KEY NOT NULL,
	`rowid` text,
	`oid` integer,
	`_rowid_` real,
	`v` integer
);
--> statement-breakpoint
INSERT INTO `__new_odd`("id", "rowid", "oid", "_rowid_", "v") SELECT "id", "rowid", "oid", "_rowid_", "v" FROM `odd`;--> statement-breakpoint
DROP TABLE `odd`;--> statement-breakpoint
ALTER TABLE `__new_odd` RENAME TO `odd`;--> statement-breakpoint
PRAGMA foreign_keys=ON;