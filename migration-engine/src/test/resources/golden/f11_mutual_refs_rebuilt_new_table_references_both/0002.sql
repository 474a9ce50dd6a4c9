PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_players` AS SELECT * FROM `players`;--> statement-breakpoint
CREATE TABLE `__old_teams` AS SELECT * FROM `teams`;--> statement-breakpoint
CREATE TABLE `__old_matches` AS SELECT * FROM `matches`;--> statement-breakpoint
DELETE FROM `players`;--> statement-breakpoint
DROP TABLE `matches`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`captain_id` integer,
	`name` text DEFAULT 'team' NOT NULL,
	FOREIGN KEY (`captain_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `matches` (
	`id` integer PRIMARY KEY NOT NULL,
	`home` integer NOT NULL,
	`mvp` integer,
	FOREIGN KEY (`home`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mvp`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `players`(`id`,`team_id`,`name`) SELECT `id`,`team_id`,`name` FROM `__old_players`;--> statement-breakpoint
INSERT INTO `teams`(`id`,`captain_id`,`name`) SELECT `id`, `captain_id`, `name` FROM `__old_teams`;--> statement-breakpoint
INSERT INTO `matches`(`id`,`home`,`mvp`) SELECT `id`, `home`, `mvp` FROM `__old_matches`;--> statement-breakpoint
DROP TABLE `__old_players`;--> statement-breakpoint
DROP TABLE `__old_teams`;--> statement-breakpoint
DROP TABLE `__old_matches`;--> statement-breakpoint
PRAGMA foreign_keys=ON;