PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_players` AS SELECT * FROM `players`;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text DEFAULT 'player' NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`captain_id` integer,
	`name` text DEFAULT 'team' NOT NULL,
	FOREIGN KEY (`captain_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `players`(`id`,`team_id`,`name`) SELECT `id`, `team_id`, coalesce(`name`, 'player') FROM `__old_players`;--> statement-breakpoint
INSERT INTO `teams`(`id`,`captain_id`,`name`) SELECT `id`, `captain_id`, coalesce(`name`, 'team') FROM `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_players`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
CREATE TABLE `matches` (
	`id` integer PRIMARY KEY NOT NULL,
	`home` integer NOT NULL,
	`mvp` integer,
	FOREIGN KEY (`home`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mvp`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;