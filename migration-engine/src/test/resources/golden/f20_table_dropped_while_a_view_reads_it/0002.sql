PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` real NOT NULL
);
--> statement-breakpoint
INSERT INTO `orders`(`id`,`total`) SELECT `id`, `total` FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
CREATE VIEW `big_orders` AS SELECT id FROM all_orders WHERE total > 5;--> statement-breakpoint
PRAGMA foreign_keys=ON;