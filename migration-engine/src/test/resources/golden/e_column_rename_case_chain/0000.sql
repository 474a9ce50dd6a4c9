CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`Name` text,
	`x` integer,
	`X2` integer
);
