CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real NOT NULL,
	`qty` integer,
	CONSTRAINT "qty_nonneg" CHECK("products"."qty" >= 0)
);
