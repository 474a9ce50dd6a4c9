PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_code` text,
	FOREIGN KEY (`team_code`) REFERENCES `teams`(`code`) ON UPDATE restrict ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_players`(`id`,`team_code`) SELECT `id`, `team_code` FROM `players`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
ALTER TABLE `__new_players` RENAME TO `players`;--> statement-breakpoint
PRAGMA foreign_keys=ON;