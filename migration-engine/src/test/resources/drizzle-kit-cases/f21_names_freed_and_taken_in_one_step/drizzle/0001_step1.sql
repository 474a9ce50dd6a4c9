ALTER TABLE `notes` RENAME TO `orders_by_customer`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orders_by_customer` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer,
	`body` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_orders_by_customer`("id", "order_id", "body") SELECT "id", "order_id", "body" FROM `orders_by_customer`;--> statement-breakpoint
DROP TABLE `orders_by_customer`;--> statement-breakpoint
ALTER TABLE `__new_orders_by_customer` RENAME TO `orders_by_customer`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX `orders_by_customer`;--> statement-breakpoint
CREATE INDEX `order_names` ON `orders` (`customer`,`full_name`);--> statement-breakpoint
ALTER TABLE `orders` DROP COLUMN `name`;--> statement-breakpoint
DROP VIEW `order_names`;