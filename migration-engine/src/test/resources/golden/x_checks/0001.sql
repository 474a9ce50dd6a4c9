PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real NOT NULL,
	`qty` integer,
	CONSTRAINT "qty_nonneg" CHECK("qty" >= 0 AND "qty" < 1000),
	CONSTRAINT "price_pos" CHECK("price" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`(`id`,`price`,`qty`) SELECT `id`, `price`, `qty` FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;