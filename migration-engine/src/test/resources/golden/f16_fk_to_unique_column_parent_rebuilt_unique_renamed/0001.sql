PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_order_lines` AS SELECT * FROM `order_lines`;--> statement-breakpoint
CREATE TABLE `__old_reviews` AS SELECT * FROM `reviews`;--> statement-breakpoint
DELETE FROM `reviews`;--> statement-breakpoint
DELETE FROM `order_lines`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`price` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_key` ON `products` (`sku`);--> statement-breakpoint
INSERT INTO `products`(`id`,`sku`,`price`) SELECT `id`, `sku`, `price` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `order_lines`(`id`,`sku`,`qty`) SELECT `id`,`sku`,`qty` FROM `__old_order_lines`;--> statement-breakpoint
INSERT INTO `reviews`(`id`,`product_sku`) SELECT `id`,`product_sku` FROM `__old_reviews`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_order_lines`;--> statement-breakpoint
DROP TABLE `__old_reviews`;--> statement-breakpoint
PRAGMA foreign_keys=ON;