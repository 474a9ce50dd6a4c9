ALTER TABLE `line_items` ADD `sku` text;--> statement-breakpoint
ALTER TABLE `line_items` DROP COLUMN `description`;--> statement-breakpoint
ALTER TABLE `bills` DROP COLUMN `status`;--> statement-breakpoint
CREATE VIEW `bill_totals` AS select b.id, b.bill_no, coalesce(sum(li.qty * li.unit_price), 0) as amount from bills b left join line_items li on li.invoice_id = b.id group by b.id;