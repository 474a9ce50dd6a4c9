CREATE TABLE `d` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'NULL',
	`b` text DEFAULT 'CURRENT_TIMESTAMP',
	`c` numeric DEFAULT 1000,
	`e` real DEFAULT -0.5,
	`f` text DEFAULT '',
	`g` integer DEFAULT (-1)
);
