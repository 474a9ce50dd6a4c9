ALTER TABLE `orders_by_customer` RENAME TO `notes`;--> statement-breakpoint
DROP INDEX `order_names`;--> statement-breakpoint
CREATE INDEX `orders_by_customer` ON `orders` (`customer`);--> statement-breakpoint
CREATE VIEW `order_names_v` AS SELECT id, full_name FROM orders;