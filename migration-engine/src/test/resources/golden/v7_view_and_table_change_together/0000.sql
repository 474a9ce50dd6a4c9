CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`legacy` text,
	`price` integer
);
--> statement-breakpoint
CREATE VIEW `item_list` AS select id, name, legacy from items;--> statement-breakpoint
CREATE VIEW `item_count` AS select count(*) as n from item_list;