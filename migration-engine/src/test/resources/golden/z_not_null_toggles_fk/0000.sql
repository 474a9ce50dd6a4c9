CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_slug_unique` ON `teams` (`slug`);--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer NOT NULL,
	`coach_team` integer,
	`rank` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coach_team`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "rank_pos" CHECK("rank" IS NULL OR "rank" > 0)
);
--> statement-breakpoint
CREATE INDEX `players_rank_pidx` ON `players` (`team_id`) WHERE "rank" IS NOT NULL;