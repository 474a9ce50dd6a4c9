PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_players` AS SELECT * FROM `players`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_slug_unique` ON `teams` (`slug`);--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`coach_team` integer DEFAULT 1 NOT NULL,
	`rank` integer DEFAULT 99 NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coach_team`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "rank_pos" CHECK("rank" IS NULL OR "rank" > 0)
);
--> statement-breakpoint
CREATE INDEX `players_rank_pidx` ON `players` (`team_id`) WHERE "rank" IS NOT NULL;--> statement-breakpoint
INSERT INTO `teams`(`id`,`slug`) SELECT `id`, `slug` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `players`(`id`,`team_id`,`coach_team`,`rank`) SELECT `id`, `team_id`, coalesce(`coach_team`, 1), coalesce(`rank`, 99) FROM `__old_players`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_players`;--> statement-breakpoint
PRAGMA foreign_keys=ON;