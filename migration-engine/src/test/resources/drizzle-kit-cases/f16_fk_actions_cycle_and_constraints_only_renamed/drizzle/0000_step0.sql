CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_code_idx` ON `teams` (`code`);--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer DEFAULT 1,
	`number` integer NOT NULL,
	`nick` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "players_number_ok" CHECK("players"."number" BETWEEN 0 AND 99)
);
