PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_orders_2024` AS SELECT * FROM `orders_2024`;--> statement-breakpoint
CREATE TABLE `__old_order_notes` AS SELECT * FROM `order_notes`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DELETE FROM `orders`;--> statement-breakpoint
DELETE FROM `order_notes`;--> statement-breakpoint
DROP TABLE `orders_2024`;--> statement-breakpoint
CREATE TABLE `orders_2024` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` real
);
--> statement-breakpoint
CREATE INDEX `orders_2024_total_idx` ON `orders_2024` (`total`);--> statement-breakpoint
INSERT INTO `orders_2024`(`id`,`total`) SELECT `id`, `total` FROM `__old_orders_2024`;--> statement-breakpoint
INSERT INTO `order_notes`(`id`,`order_id`,`body`) SELECT `id`,`order_id`,`body` FROM `__old_order_notes`;--> statement-breakpoint
INSERT INTO `orders`(`id`,`total`,`previous_id`) SELECT `id`,`total`,`previous_id` FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_orders_2024`;--> statement-breakpoint
DROP TABLE `__old_order_notes`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;