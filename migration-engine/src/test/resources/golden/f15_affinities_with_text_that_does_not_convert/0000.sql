CREATE TABLE `m` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` numeric,
	`r` real,
	`i` integer,
	`t` text
);
