CREATE TABLE `ledger` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`z` text
);
