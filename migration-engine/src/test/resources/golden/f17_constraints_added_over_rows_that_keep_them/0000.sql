CREATE TABLE `teams` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `players` (
	`id` integer PRIMARY KEY NOT NULL,
	`team_id` integer,
	`number` integer,
	`nick` text,
	`rating` integer,
	CONSTRAINT "number_range" CHECK("number" >= 0)
);
