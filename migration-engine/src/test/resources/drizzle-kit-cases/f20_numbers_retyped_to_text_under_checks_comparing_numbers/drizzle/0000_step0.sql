CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real NOT NULL,
	`stock` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "products_price_nonneg" CHECK("products"."price" >= 0),
	CONSTRAINT "products_stock_nonneg" CHECK("products"."stock" >= 0)
);
