ALTER TABLE `orders_by_customer` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer,
	`body` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_notes`("id", "order_id", "body") SELECT "id", "order_id", "body" FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX `order_names`;--> statement-breakpoint
CREATE INDEX `orders_by_customer` ON `orders` (`customer`);--> statement-breakpoint
CREATE VIEW `order_names_v` AS SELECT id, full_name FROM orders;