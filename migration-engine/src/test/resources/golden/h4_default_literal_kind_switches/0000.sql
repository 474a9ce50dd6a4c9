CREATE TABLE `s` (
	`id` integer PRIMARY KEY NOT NULL,
	`t1` text DEFAULT '1',
	`flag` integer DEFAULT true,
	`r` real DEFAULT 2,
	`word` text DEFAULT 'true'
);
