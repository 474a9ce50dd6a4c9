CREATE TABLE `m` (
	`id` integer PRIMARY KEY NOT NULL,
	`t2i` text,
	`i2r` integer DEFAULT 5,
	`r2t` real DEFAULT (1.25),
	`d` text DEFAULT 'lit',
	`e` integer DEFAULT (unixepoch()),
	`b` blob
);
