CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`b` blob,
	`n` numeric,
	`r` real,
	`i` integer,
	`s` text
);
