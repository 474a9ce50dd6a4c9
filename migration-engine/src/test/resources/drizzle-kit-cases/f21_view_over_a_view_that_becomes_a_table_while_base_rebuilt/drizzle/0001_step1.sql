CREATE TABLE `order_list` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text,
	`status` text
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text,
	`status` text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_orders`("id", "customer", "status") SELECT "id", "customer", "status" FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `order_list`;