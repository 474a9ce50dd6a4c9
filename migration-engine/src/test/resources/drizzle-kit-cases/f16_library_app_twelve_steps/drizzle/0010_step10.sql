PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_authors` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text,
	`country` text DEFAULT '??'
);
--> statement-breakpoint
INSERT INTO `__new_authors`("id", "full_name", "country") SELECT "id", "full_name", "country" FROM `authors`;--> statement-breakpoint
DROP TABLE `authors`;--> statement-breakpoint
ALTER TABLE `__new_authors` RENAME TO `authors`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `authors_name_idx` ON `authors` (`full_name`);--> statement-breakpoint
DROP VIEW `open_loans`;