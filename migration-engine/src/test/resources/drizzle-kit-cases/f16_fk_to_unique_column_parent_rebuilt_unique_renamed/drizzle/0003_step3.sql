ALTER TABLE `products` RENAME COLUMN "sku" TO "code";--> statement-breakpoint
DROP INDEX `products_sku_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_uq` ON `products` (`code`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`qty` integer DEFAULT 1,
	FOREIGN KEY (`sku`) REFERENCES `products`(`code`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_order_lines`("id", "sku", "qty") SELECT "id", "sku", "qty" FROM `order_lines`;--> statement-breakpoint
DROP TABLE `order_lines`;--> statement-breakpoint
ALTER TABLE `__new_order_lines` RENAME TO `order_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_reviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_sku` text,
	FOREIGN KEY (`product_sku`) REFERENCES `products`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_reviews`("id", "product_sku") SELECT "id", "product_sku" FROM `reviews`;--> statement-breakpoint
DROP TABLE `reviews`;--> statement-breakpoint
ALTER TABLE `__new_reviews` RENAME TO `reviews`;