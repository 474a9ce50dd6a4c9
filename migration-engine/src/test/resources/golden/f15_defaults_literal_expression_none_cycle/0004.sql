PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_doc` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT ('x' || 'y') NOT NULL,
	`b` integer DEFAULT (length('abc')),
	`c` real
);
--> statement-breakpoint
INSERT INTO `__new_doc`(`id`,`a`,`b`,`c`) SELECT `id`, coalesce(`a`, ('x' || 'y')), `b`, `c` FROM `doc`;--> statement-breakpoint
DROP TABLE `doc`;--> statement-breakpoint
ALTER TABLE `__new_doc` RENAME TO `doc`;--> statement-breakpoint
PRAGMA foreign_keys=ON;