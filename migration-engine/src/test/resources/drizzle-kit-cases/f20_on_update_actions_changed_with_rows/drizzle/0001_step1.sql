PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_code` text,
	FOREIGN KEY (`team_code`) REFERENCES `teams`(`code`) ON UPDATE set null ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_players`("id", "team_code") SELECT "id", "team_code" FROM `players`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
ALTER TABLE `__new_players` RENAME TO `players`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_games` (
	`id` integer PRIMARY KEY NOT NULL,
	`home_id` integer NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `teams`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_games`("id", "home_id") SELECT "id", "home_id" FROM `games`;--> statement-breakpoint
DROP TABLE `games`;--> statement-breakpoint
ALTER TABLE `__new_games` RENAME TO `games`;