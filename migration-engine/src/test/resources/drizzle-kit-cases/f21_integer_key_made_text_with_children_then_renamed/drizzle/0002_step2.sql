ALTER TABLE `orgs` RENAME COLUMN "id" TO "slug";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`title` text,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`slug`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_teams`("id", "org_id", "title") SELECT "id", "org_id", "title" FROM `teams`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
ALTER TABLE `__new_teams` RENAME TO `teams`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `teams_org_idx` ON `teams` (`org_id`);--> statement-breakpoint
CREATE TABLE `__new_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` text DEFAULT 'initech' NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`slug`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `__new_members`("id", "org_id") SELECT "id", "org_id" FROM `members`;--> statement-breakpoint
DROP TABLE `members`;--> statement-breakpoint
ALTER TABLE `__new_members` RENAME TO `members`;