CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text,
	`slug` text NOT NULL,
	`archived` integer,
	`qty` integer,
	CONSTRAINT "members_qty_nonneg" CHECK("qty" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_uq` ON `members` (`handle`) WHERE "handle" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX `members_live_slug_uq` ON `members` (`slug`) WHERE "archived" <> 0;