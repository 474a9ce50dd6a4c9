ALTER TABLE `items` RENAME TO `products`;--> statement-breakpoint
ALTER TABLE `products` RENAME COLUMN "price" TO "cost";--> statement-breakpoint
DROP INDEX `items_sku_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);