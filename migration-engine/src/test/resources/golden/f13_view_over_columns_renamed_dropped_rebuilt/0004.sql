DROP VIEW `order_summary`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `purchases`;