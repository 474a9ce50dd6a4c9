PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `teams_code_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `teams_code_uq` ON `teams` (`code`);--> statement-breakpoint
CREATE TABLE `__new_players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer DEFAULT 1,
	`number` integer NOT NULL,
	`nick` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE cascade ON DELETE set default,
	CONSTRAINT "players_number_range" CHECK("number" BETWEEN 0 AND 99)
);
--> statement-breakpoint
INSERT INTO `__new_players`(`id`,`team_id`,`number`,`nick`) SELECT `id`, `team_id`, `number`, `nick` FROM `players`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
ALTER TABLE `__new_players` RENAME TO `players`;--> statement-breakpoint
PRAGMA foreign_keys=ON;