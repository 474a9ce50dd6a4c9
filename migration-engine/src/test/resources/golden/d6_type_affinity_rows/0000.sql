CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`c0` integer,
	`c1` text,
	`c2` real,
	`c3` numeric,
	`c4` blob
);
