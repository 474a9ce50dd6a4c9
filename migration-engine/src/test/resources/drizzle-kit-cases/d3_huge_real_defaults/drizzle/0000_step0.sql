CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` real DEFAULT 1e+21,
	`b` real DEFAULT 1.5e+25,
	`c` real DEFAULT 1e+300,
	`d` real DEFAULT -2.5e+22,
	`e` real DEFAULT 1e-7,
	`f` real DEFAULT 0.000001,
	`g` real DEFAULT 999000000000000000000
);
