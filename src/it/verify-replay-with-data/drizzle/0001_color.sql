PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`color` text DEFAULT 'red' NOT NULL,
	CONSTRAINT "products_color_not_empty" CHECK(length("__new_products"."color") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "name", "color") SELECT "id", "name", "color" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;