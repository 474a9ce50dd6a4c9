PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_products` AS SELECT * FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` integer NOT NULL,
	`discount` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "price_non_negative" CHECK("products"."price" >= 0)
);
--> statement-breakpoint
INSERT INTO `products`(`id`,`price`,`discount`) SELECT `id`, `price`, `discount` FROM `__old_products`;--> statement-breakpoint
DROP TABLE `__old_products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;