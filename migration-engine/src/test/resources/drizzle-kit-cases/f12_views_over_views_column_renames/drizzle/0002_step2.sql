ALTER TABLE `sales` ADD `taxed` real GENERATED ALWAYS AS ("total" * 1.2) VIRTUAL;--> statement-breakpoint
DROP VIEW `big_sales`;--> statement-breakpoint
DROP VIEW `big_by_region`;--> statement-breakpoint
CREATE VIEW `big_sales` AS select id, total as amount, area as region, taxed from sales where total > 10;--> statement-breakpoint
CREATE VIEW `big_by_region` AS select region, sum(amount) as s, sum(taxed) as t from big_sales group by region;