CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer,
	`hi` integer
);
