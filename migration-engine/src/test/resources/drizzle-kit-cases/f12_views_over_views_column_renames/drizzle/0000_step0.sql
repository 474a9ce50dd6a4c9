CREATE TABLE `sales` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` integer,
	`region` text
);
--> statement-breakpoint
CREATE VIEW `big_sales` AS select id, amount, region from sales where amount > 10;--> statement-breakpoint
CREATE VIEW `big_by_region` AS select region, sum(amount) as s from big_sales group by region;--> statement-breakpoint
CREATE VIEW `big_regions` AS select region from big_by_region where s > 100;