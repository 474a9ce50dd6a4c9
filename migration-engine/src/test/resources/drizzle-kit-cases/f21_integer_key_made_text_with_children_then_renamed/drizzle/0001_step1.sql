PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orgs` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_orgs`("id", "name") SELECT "id", "name" FROM `orgs`;--> statement-breakpoint
DROP TABLE `orgs`;--> statement-breakpoint
ALTER TABLE `__new_orgs` RENAME TO `orgs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`title` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_teams`("id", "org_id", "title") SELECT "id", "org_id", "title" FROM `teams`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
ALTER TABLE `__new_teams` RENAME TO `teams`;--> statement-breakpoint
CREATE INDEX `teams_org_idx` ON `teams` (`org_id`);--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "org_id") SELECT "id", "org_id" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;