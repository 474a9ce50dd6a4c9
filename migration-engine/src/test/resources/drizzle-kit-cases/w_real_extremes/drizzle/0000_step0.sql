CREATE TABLE `nums` (
	`id` integer PRIMARY KEY NOT NULL,
	`r` real,
	`n` numeric,
	`note` text
);
