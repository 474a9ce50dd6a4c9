PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real NOT NULL,
	`qty` integer,
	CONSTRAINT "qty_nonneg" CHECK("__new_products"."qty" >= 0 AND "__new_products"."qty" < 1000),
	CONSTRAINT "price_pos" CHECK("__new_products"."price" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "price", "qty") SELECT "id", "price", "qty" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;