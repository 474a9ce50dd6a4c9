PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` integer NOT NULL,
	`name` text
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "sku", "name") SELECT "id", "sku", "name" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `__new_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` integer,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`sku`) REFERENCES `products`(`sku`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_lines`("id", "sku", "qty") SELECT "id", "sku", "qty" FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
ALTER TABLE `__new_lines` RENAME TO `lines`;--> statement-breakpoint
CREATE INDEX `lines_sku_idx` ON `lines` (`sku`);