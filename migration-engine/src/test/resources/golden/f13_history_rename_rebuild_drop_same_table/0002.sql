PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_tags` AS SELECT * FROM `tags`;--> statement-breakpoint
DELETE FROM `tags`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`cost` real DEFAULT 0 NOT NULL,
	`sku` text,
	`qty` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
INSERT INTO `products`(`id`,`name`,`cost`,`sku`) SELECT `id`, `name`, coalesce(`cost`, 0), `sku` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `tags`(`id`,`item_id`,`label`) SELECT `id`,`item_id`,`label` FROM `__old_tags`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;