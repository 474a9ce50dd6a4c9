PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `lines` RENAME COLUMN "sku" TO "product_sku";--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DELETE FROM `lines`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` integer NOT NULL,
	`name` text,
	CONSTRAINT "products_sku_positive" CHECK("sku" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
INSERT INTO `products`(`id`,`sku`,`name`) SELECT `id`, `sku`, `name` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`product_sku`,`qty`) SELECT `id`,`product_sku`,`qty` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;