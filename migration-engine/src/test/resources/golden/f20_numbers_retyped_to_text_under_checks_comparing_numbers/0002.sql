PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real NOT NULL,
	`stock` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "products_price_nonneg" CHECK("price" >= 0),
	CONSTRAINT "products_stock_ok" CHECK("stock" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`(`id`,`price`,`stock`) SELECT `id`, `price`, `stock` FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;