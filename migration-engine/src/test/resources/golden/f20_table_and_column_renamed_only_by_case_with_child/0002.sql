PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `Orders` RENAME TO `__rename_orders`;--> statement-breakpoint
ALTER TABLE `__rename_orders` RENAME TO `orders`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
CREATE TABLE `__old_order_lines` AS SELECT * FROM `order_lines`;--> statement-breakpoint
DELETE FROM `order_lines`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` real NOT NULL
);
--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `orders` (`total`);--> statement-breakpoint
INSERT INTO `orders`(`id`,`total`) SELECT `id`, `total` FROM `__old_orders`;--> statement-breakpoint
INSERT INTO `order_lines`(`id`,`order_id`) SELECT `id`,`order_id` FROM `__old_order_lines`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_order_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;