PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DELETE FROM `orders`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sku` text NOT NULL,
	`name` text,
	`price` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_sku_unique` ON `items` (`sku`);--> statement-breakpoint
CREATE INDEX `items_name_idx` ON `items` (`name`,`price`);--> statement-breakpoint
INSERT INTO `items`(`sku`,`name`,`price`) SELECT `sku`, `name`, `price` FROM `__old_items`;--> statement-breakpoint
INSERT INTO `orders`(`id`,`item_sku`) SELECT `id`,`item_sku` FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;