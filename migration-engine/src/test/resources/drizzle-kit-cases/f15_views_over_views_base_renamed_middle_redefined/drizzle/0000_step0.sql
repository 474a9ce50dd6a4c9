CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` integer,
	`qty` integer
);
--> statement-breakpoint
CREATE VIEW `v_base` AS select id, price, qty from items;--> statement-breakpoint
CREATE VIEW `v_mid` AS select id, price * qty as total from v_base;--> statement-breakpoint
CREATE VIEW `v_top` AS select count(*) as n, sum(total) as s from v_mid;