PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_flags` (
	`id` integer PRIMARY KEY NOT NULL,
	`active` integer DEFAULT false,
	`archived` integer DEFAULT false NOT NULL,
	`created` integer DEFAULT 1700000000,
	`touched` integer DEFAULT 1700000000000
);
--> statement-breakpoint
INSERT INTO `__new_flags`("id", "active", "archived", "created", "touched") SELECT "id", "active", "archived", "created", "touched" FROM `flags`;--> statement-breakpoint
DROP TABLE `flags`;--> statement-breakpoint
ALTER TABLE `__new_flags` RENAME TO `flags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;