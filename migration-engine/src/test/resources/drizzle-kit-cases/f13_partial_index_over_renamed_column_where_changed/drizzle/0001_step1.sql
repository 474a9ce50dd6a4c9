ALTER TABLE `subs` RENAME TO `members`;--> statement-breakpoint
ALTER TABLE `members` RENAME COLUMN "status" TO "state";--> statement-breakpoint
DROP INDEX `subs_active_email`;--> statement-breakpoint
DROP INDEX `subs_status_idx`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`state` text
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "email", "state") SELECT "id", "email", "state" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `subs_active_email` ON `members` (`email`) WHERE "members"."state" = 'active';--> statement-breakpoint
CREATE INDEX `subs_status_idx` ON `members` (`state`) WHERE "members"."state" is not null;