CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`name` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`captain_id` integer,
	`name` text,
	FOREIGN KEY (`captain_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE set null
);
