PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `products_sku_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `products_code_uq` ON `products` (`code`);--> statement-breakpoint
CREATE TABLE `__new_order_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`sku`) REFERENCES `products`(`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_order_items`(`id`,`sku`,`qty`) SELECT `id`, `sku`, coalesce(`qty`, 1) FROM `order_items`;--> statement-breakpoint
DROP TABLE `order_items`;--> statement-breakpoint
ALTER TABLE `__new_order_items` RENAME TO `order_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;