ALTER TABLE `product` RENAME TO `item`;--> statement-breakpoint
ALTER TABLE `item` RENAME COLUMN "code" TO "sku";--> statement-breakpoint
DROP INDEX `product_code_region_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `item_sku_region_uq` ON `item` (`sku`,`region`);