ALTER TABLE `a` ADD `w` real DEFAULT 1 NOT NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_roots` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL,
	CONSTRAINT "roots_name" CHECK(length("__new_roots"."name") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_roots`("id", "name") SELECT "id", "name" FROM `roots`;--> statement-breakpoint
DROP TABLE `roots`;--> statement-breakpoint
ALTER TABLE `__new_roots` RENAME TO `roots`;--> statement-breakpoint
PRAGMA foreign_keys=ON;