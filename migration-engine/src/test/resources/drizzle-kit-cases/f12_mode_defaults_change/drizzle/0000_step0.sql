CREATE TABLE `prefs` (
	`id` integer PRIMARY KEY NOT NULL,
	`on` integer DEFAULT true,
	`at` integer DEFAULT (unixepoch()),
	`ms` integer,
	`cfg` text DEFAULT '{}',
	`big` blob
);
