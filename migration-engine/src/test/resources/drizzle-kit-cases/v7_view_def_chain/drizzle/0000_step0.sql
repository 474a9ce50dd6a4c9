CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` integer
);
--> statement-breakpoint
CREATE VIEW `cheap` AS select id, price from items where price < 10;--> statement-breakpoint
CREATE VIEW `cheap_count` AS select count(*) as n from cheap;