DROP VIEW `order_names`;--> statement-breakpoint
DROP INDEX `orders_by_customer`;--> statement-breakpoint
ALTER TABLE `notes` RENAME TO `orders_by_customer`;--> statement-breakpoint
ALTER TABLE `orders` DROP COLUMN `name`;--> statement-breakpoint
CREATE INDEX `order_names` ON `orders` (`customer`,`full_name`);