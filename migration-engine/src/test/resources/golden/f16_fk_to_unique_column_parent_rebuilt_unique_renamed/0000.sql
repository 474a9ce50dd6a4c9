CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`price` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`qty` integer DEFAULT 1,
	FOREIGN KEY (`sku`) REFERENCES `products`(`sku`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_sku` text,
	FOREIGN KEY (`product_sku`) REFERENCES `products`(`sku`) ON UPDATE no action ON DELETE set null
);
