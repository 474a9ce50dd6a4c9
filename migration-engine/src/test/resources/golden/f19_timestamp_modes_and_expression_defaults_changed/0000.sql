CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer DEFAULT (unixepoch()),
	`at_ms` integer,
	`created` text DEFAULT CURRENT_TIMESTAMP,
	`label` text DEFAULT 'CURRENT_TIMESTAMP',
	`done` integer DEFAULT false
);
