CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_code_uq` ON `teams` (`code`);--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_code` text,
	FOREIGN KEY (`team_code`) REFERENCES `teams`(`code`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `games` (
	`id` integer PRIMARY KEY NOT NULL,
	`home_id` integer NOT NULL,
	FOREIGN KEY (`home_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
