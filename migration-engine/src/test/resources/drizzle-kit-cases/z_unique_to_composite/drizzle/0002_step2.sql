PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku_code` text,
	`qty` integer,
	`sku_region` text DEFAULT 'eu' NOT NULL,
	FOREIGN KEY (`sku_region`,`sku_code`) REFERENCES `skus`(`region`,`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_stock`("id", "sku_code", "qty", "sku_region") SELECT "id", "sku_code", "qty", "sku_region" FROM `stock`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
ALTER TABLE `__new_stock` RENAME TO `stock`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX `skus_code_region_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `skus_code_uq` ON `skus` (`region`,`code`);