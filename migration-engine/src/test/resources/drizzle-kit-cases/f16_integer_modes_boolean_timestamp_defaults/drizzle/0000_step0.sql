CREATE TABLE `flags` (
	`id` integer PRIMARY KEY NOT NULL,
	`active` integer DEFAULT true,
	`archived` integer,
	`created` integer DEFAULT 1700000000,
	`touched` integer DEFAULT 1700000000000
);
