PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_sku` integer,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`product_sku`) REFERENCES `products`(`sku`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_lines`("id", "product_sku", "qty") SELECT "id", "product_sku", "qty" FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
ALTER TABLE `__new_lines` RENAME TO `lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `lines_sku_idx` ON `lines` (`product_sku`);--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` integer NOT NULL,
	`name` text,
	CONSTRAINT "products_sku_positive" CHECK("__new_products"."sku" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "sku", "name") SELECT "id", "sku", "name" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);