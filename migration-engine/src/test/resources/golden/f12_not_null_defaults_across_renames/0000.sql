CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text,
	`qty` integer,
	`price` real
);
