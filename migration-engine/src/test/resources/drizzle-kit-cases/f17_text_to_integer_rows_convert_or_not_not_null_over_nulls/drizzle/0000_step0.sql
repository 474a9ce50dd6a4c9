CREATE TABLE `readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` text,
	`price` text,
	`unit` text,
	`note` text
);
