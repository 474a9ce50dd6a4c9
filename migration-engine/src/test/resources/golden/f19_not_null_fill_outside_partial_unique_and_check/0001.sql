PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`slug` text NOT NULL,
	`archived` integer NOT NULL,
	`qty` integer NOT NULL,
	CONSTRAINT "members_qty_nonneg" CHECK("qty" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_members`(`id`,`handle`,`slug`,`archived`,`qty`) SELECT `id`, coalesce(`handle`, ''), `slug`, coalesce(`archived`, 0), coalesce(`qty`, 0) FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_uq` ON `members` (`handle`) WHERE "handle" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX `members_live_slug_uq` ON `members` (`slug`) WHERE "archived" <> 0;--> statement-breakpoint
PRAGMA foreign_keys=ON;