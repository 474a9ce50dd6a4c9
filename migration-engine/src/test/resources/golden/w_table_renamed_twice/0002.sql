PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `products` RENAME TO `catalog`;--> statement-breakpoint
CREATE TABLE `__old_catalog` AS SELECT * FROM `catalog`;--> statement-breakpoint
CREATE TABLE `__old_holds` AS SELECT * FROM `holds`;--> statement-breakpoint
DELETE FROM `holds`;--> statement-breakpoint
DROP TABLE `catalog`;--> statement-breakpoint
CREATE TABLE `catalog` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`stock` integer DEFAULT 0 NOT NULL,
	`deleted` numeric DEFAULT 0,
	CONSTRAINT "items_qty_nonneg" CHECK("stock" >= 0 AND "stock" < 1000000)
);
--> statement-breakpoint
CREATE INDEX `catalog_stock_idx` ON `catalog` (`stock`);--> statement-breakpoint
CREATE UNIQUE INDEX `items_sku_live_uq` ON `catalog` (`sku`) WHERE "deleted" = 0;--> statement-breakpoint
INSERT INTO `catalog`(`id`,`sku`,`stock`,`deleted`) SELECT `id`, `sku`, `stock`, `deleted` FROM `__old_catalog`;--> statement-breakpoint
INSERT INTO `holds`(`id`,`item_id`) SELECT `id`,`item_id` FROM `__old_holds`;--> statement-breakpoint
DROP TABLE `__old_catalog`;--> statement-breakpoint
DROP TABLE `__old_holds`;--> statement-breakpoint
PRAGMA foreign_keys=ON;