PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `products` RENAME COLUMN "sku" TO "code";--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_order_items` AS SELECT * FROM `order_items`;--> statement-breakpoint
DELETE FROM `order_items`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`price` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_uq` ON `products` (`code`);--> statement-breakpoint
INSERT INTO `products`(`id`,`code`,`price`) SELECT `id`, `code`, `price` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `order_items`(`id`,`sku`,`qty`) SELECT `id`,`sku`,`qty` FROM `__old_order_items`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_order_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;