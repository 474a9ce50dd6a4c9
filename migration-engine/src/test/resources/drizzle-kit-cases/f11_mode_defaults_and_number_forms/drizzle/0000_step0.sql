CREATE TABLE `prefs` (
	`id` integer PRIMARY KEY NOT NULL,
	`k` text
);
