CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real,
	`qty` integer
);
--> statement-breakpoint
CREATE VIEW `expensive` AS select id, price from items where price > 10;