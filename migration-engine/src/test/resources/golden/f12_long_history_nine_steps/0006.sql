PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `logs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_id` integer,
	`msg` text,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `__old_members` AS SELECT * FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
CREATE TABLE `members` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`role` text DEFAULT 'user' NOT NULL,
	`team_id` integer,
	FOREIGN KEY (`team_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_ok" CHECK("role" in ('user','admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_email_uq` ON `members` (`email`);--> statement-breakpoint
INSERT INTO `members`(`id`,`email`,`role`,`team_id`) SELECT `id`, `email`, `role`, `team_id` FROM `__old_members`;--> statement-breakpoint
DROP TABLE `__old_members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;