CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_code_uq` ON `products` (`code`);--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_code` text,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`product_code`) REFERENCES `products`(`code`) ON UPDATE cascade ON DELETE cascade
);
