PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text DEFAULT 'anon' NOT NULL,
	`org` integer NOT NULL,
	`seat` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "handle", "org", "seat") SELECT "id", "handle", "org", "seat" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_uq` ON `members` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_org_seat_uq` ON `members` (`org`,`seat`);