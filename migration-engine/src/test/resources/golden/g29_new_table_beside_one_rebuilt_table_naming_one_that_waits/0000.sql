CREATE TABLE `rooms` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text,
	`label` text
);
