CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`handle` text,
	`org` integer NOT NULL,
	`seat` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_handle_uq` ON `members` (`handle`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_org_seat_uq` ON `members` (`org`,`seat`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`theme` text
);
