PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_players` AS SELECT * FROM `players`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text,
	`tag` text GENERATED ALWAYS AS ('#' || "id") STORED
);
--> statement-breakpoint
INSERT INTO `players`(`id`,`team_id`,`name`) SELECT `id`, `team_id`, `name` FROM `__old_players`;--> statement-breakpoint
DROP TABLE `__old_players`;--> statement-breakpoint
DROP TABLE `teams`;--> statement-breakpoint
PRAGMA foreign_keys=ON;