PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`role` text DEFAULT 'user' NOT NULL,
	`team_id` integer,
	FOREIGN KEY (`team_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_members`(`id`,`email`,`role`,`team_id`) SELECT `id`, coalesce(`email`, ''), coalesce(`role`, 'user'), `team_id` FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_email_uq` ON `members` (`email`);--> statement-breakpoint
PRAGMA foreign_keys=ON;