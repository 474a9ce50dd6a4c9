PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_flags` (
	`id` integer PRIMARY KEY NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`archived` text DEFAULT '0',
	`verified` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_flags`("id", "active", "archived", "verified") SELECT "id", "active", "archived", "verified" FROM `flags`;--> statement-breakpoint
DROP TABLE `flags`;--> statement-breakpoint
ALTER TABLE `__new_flags` RENAME TO `flags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `flags_active_idx` ON `flags` (`active`) WHERE "flags"."active" = 1;