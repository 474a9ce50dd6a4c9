DROP INDEX `players_team_number_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `players_number_uq` ON `players` (`number`);