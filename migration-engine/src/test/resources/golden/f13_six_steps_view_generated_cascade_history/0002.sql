DROP VIEW `order_totals`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `purchases`;--> statement-breakpoint
CREATE VIEW `order_totals` AS select o.id, o.customer, count(l.id) as n, sum(l.total) as amount from purchases o left join lines l on l.order_id = o.id group by o.id;