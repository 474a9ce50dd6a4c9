PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_price` real NOT NULL,
	`qty` integer,
	CONSTRAINT "price_pos" CHECK("__new_products"."unit_price" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "unit_price", "qty") SELECT "id", "unit_price", "qty" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;