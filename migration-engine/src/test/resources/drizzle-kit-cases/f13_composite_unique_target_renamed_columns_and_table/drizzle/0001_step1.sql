ALTER TABLE `product` RENAME TO `item`;--> statement-breakpoint
ALTER TABLE `item` RENAME COLUMN "code" TO "sku";--> statement-breakpoint
DROP INDEX `product_code_region_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `item_sku_region_uq` ON `item` (`sku`,`region`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_code` text,
	`p_region` text,
	FOREIGN KEY (`p_code`,`p_region`) REFERENCES `item`(`sku`,`region`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_stock`("id", "p_code", "p_region") SELECT "id", "p_code", "p_region" FROM `stock`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
ALTER TABLE `__new_stock` RENAME TO `stock`;--> statement-breakpoint
PRAGMA foreign_keys=ON;