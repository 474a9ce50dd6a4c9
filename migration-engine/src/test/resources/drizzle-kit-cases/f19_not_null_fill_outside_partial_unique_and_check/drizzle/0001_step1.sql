PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`slug` text NOT NULL,
	`archived` integer NOT NULL,
	`qty` integer NOT NULL,
	CONSTRAINT "members_qty_nonneg" CHECK("__new_members"."qty" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "handle", "slug", "archived", "qty") SELECT "id", "handle", "slug", "archived", "qty" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_uq` ON `members` (`handle`) WHERE "members"."handle" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX `members_live_slug_uq` ON `members` (`slug`) WHERE "members"."archived" <> 0;