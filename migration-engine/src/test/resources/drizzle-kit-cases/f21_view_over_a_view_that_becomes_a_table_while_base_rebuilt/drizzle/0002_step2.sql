ALTER TABLE `orders` RENAME TO `purchases`;--> statement-breakpoint
DROP TABLE `order_list`;--> statement-breakpoint
CREATE VIEW `order_list` AS SELECT id, customer, status FROM purchases;