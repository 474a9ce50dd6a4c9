PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_players` AS SELECT * FROM `players`;--> statement-breakpoint
CREATE TABLE `__old_games` AS SELECT * FROM `games`;--> statement-breakpoint
DROP TABLE `games`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_code` text,
	FOREIGN KEY (`team_code`) REFERENCES `teams`(`code`) ON UPDATE set null ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `games` (
	`id` integer PRIMARY KEY NOT NULL,
	`home_id` integer NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `teams`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `players`(`id`,`team_code`) SELECT `id`, `team_code` FROM `__old_players`;--> statement-breakpoint
INSERT INTO `games`(`id`,`home_id`) SELECT `id`, `home_id` FROM `__old_games`;--> statement-breakpoint
DROP TABLE `__old_players`;--> statement-breakpoint
DROP TABLE `__old_games`;--> statement-breakpoint
PRAGMA foreign_keys=ON;