CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` text,
	`c` text
);
