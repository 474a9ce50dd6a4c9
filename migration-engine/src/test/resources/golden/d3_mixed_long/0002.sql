ALTER TABLE `orgs` RENAME TO `teams`;--> statement-breakpoint
ALTER TABLE `memberships` RENAME COLUMN "org_id" TO "team_id";--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`user_id` integer,
	`what` text,
	FOREIGN KEY (`team_id`,`user_id`) REFERENCES `memberships`(`team_id`,`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `orgs_slug_unique`;--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_live` ON `users` (`email`) WHERE "status" <> 'deleted';--> statement-breakpoint
CREATE UNIQUE INDEX `teams_slug_unique` ON `teams` (`slug`);