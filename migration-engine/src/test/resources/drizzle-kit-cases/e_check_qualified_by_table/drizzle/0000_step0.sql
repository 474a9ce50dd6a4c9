CREATE TABLE `stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock` integer,
	`qty` integer,
	CONSTRAINT "qty_nonneg" CHECK("stock"."qty" >= 0),
	CONSTRAINT "stock_small" CHECK("stock"."stock" < 1000)
);
