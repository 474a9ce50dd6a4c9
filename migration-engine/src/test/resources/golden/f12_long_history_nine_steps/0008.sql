PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `logs`;--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'user' NOT NULL,
	`team_id` integer,
	`joined` integer DEFAULT (unixepoch()),
	FOREIGN KEY (`team_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_ok" CHECK("kind" in ('user','admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_email_uq` ON `members` (`email`);--> statement-breakpoint
INSERT INTO `members`(`id`,`email`,`kind`,`team_id`) SELECT `id`, `email`, `kind`, `team_id` FROM `__old_members`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;