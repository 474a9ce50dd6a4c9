PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `players` RENAME COLUMN "rating" TO "score";--> statement-breakpoint
CREATE TABLE `__new_players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`number` integer,
	`nick` text NOT NULL,
	`score` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "number_range" CHECK("number" >= 0 AND "number" < 100)
);
--> statement-breakpoint
INSERT INTO `__new_players`(`id`,`team_id`,`number`,`nick`,`score`) SELECT `id`, `team_id`, `number`, coalesce(`nick`, ''), `score` FROM `players`;--> statement-breakpoint
DROP TABLE `players`;--> statement-breakpoint
ALTER TABLE `__new_players` RENAME TO `players`;--> statement-breakpoint
CREATE UNIQUE INDEX `players_team_number_uq` ON `players` (`team_id`,`number`);--> statement-breakpoint
PRAGMA foreign_keys=ON;