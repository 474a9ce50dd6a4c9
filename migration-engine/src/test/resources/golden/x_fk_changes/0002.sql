PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_players` AS SELECT * FROM `players`;--> statement-breakpoint
DELETE FROM `players`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO `teams`(`id`,`name`) SELECT `id`, coalesce(`name`, '?') FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `players`(`id`,`team_id`,`backup_team_id`,`old_team_id`) SELECT `id`,`team_id`,`backup_team_id`,`old_team_id` FROM `__old_players`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_players`;--> statement-breakpoint
PRAGMA foreign_keys=ON;