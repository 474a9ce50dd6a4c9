CREATE TABLE `n` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer DEFAULT 1,
	`b` real DEFAULT 2.5,
	`c` integer DEFAULT 1000,
	`d` integer DEFAULT 31,
	`e` integer DEFAULT 15,
	`f` integer DEFAULT 5,
	`g` real DEFAULT 0.5,
	`h` real DEFAULT -0.5,
	`i` numeric DEFAULT 0.001,
	`j` real DEFAULT 100
);
