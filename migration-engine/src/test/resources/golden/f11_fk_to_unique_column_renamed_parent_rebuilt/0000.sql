CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`price` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_uq` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text,
	`qty` integer,
	FOREIGN KEY (`sku`) REFERENCES `products`(`sku`) ON UPDATE cascade ON DELETE cascade
);
