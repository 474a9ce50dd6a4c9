CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`balance` integer
);
--> statement-breakpoint
CREATE VIEW `rich` AS select id from accounts where balance > 100;