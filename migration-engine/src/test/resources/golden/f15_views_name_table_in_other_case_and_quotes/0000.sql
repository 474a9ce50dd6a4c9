CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`old` integer
);
--> statement-breakpoint
CREATE VIEW `v_upper` AS select * from ITEMS;--> statement-breakpoint
CREATE VIEW `v_quoted` AS select i.id, i.name from "Items" i;--> statement-breakpoint
CREATE VIEW `v_main` AS select count(*) as n from main.items;--> statement-breakpoint
CREATE VIEW `v_bracket` AS select id from [items] where id > 0;