PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` real NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_orders`("id", "total") SELECT "id", "total" FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE VIEW `big_orders` AS SELECT id FROM all_orders WHERE total > 5;