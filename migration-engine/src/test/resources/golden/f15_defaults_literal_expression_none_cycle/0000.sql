CREATE TABLE `doc` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text DEFAULT 'draft',
	`b` integer DEFAULT 0 NOT NULL,
	`c` real
);
