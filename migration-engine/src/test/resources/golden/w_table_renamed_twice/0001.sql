PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `items` RENAME TO `products`;--> statement-breakpoint
ALTER TABLE `products` RENAME COLUMN "qty" TO "stock";--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
CREATE TABLE `__old_holds` AS SELECT * FROM `holds`;--> statement-breakpoint
DELETE FROM `holds`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`stock` integer DEFAULT 0 NOT NULL,
	`deleted` integer DEFAULT 0,
	CONSTRAINT "items_qty_nonneg" CHECK("stock" >= 0)
);
--> statement-breakpoint
CREATE INDEX `items_qty_idx` ON `products` (`stock`);--> statement-breakpoint
CREATE UNIQUE INDEX `items_sku_live_uq` ON `products` (`sku`) WHERE "deleted" = 0;--> statement-breakpoint
INSERT INTO `products`(`id`,`sku`,`stock`,`deleted`) SELECT `id`, `sku`, `stock`, `deleted` FROM `__old_products`;--> statement-breakpoint
INSERT INTO `holds`(`id`,`item_id`) SELECT `id`,`item_id` FROM `__old_holds`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
DROP TABLE `__old_holds`;--> statement-breakpoint
PRAGMA foreign_keys=ON;