CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_id` integer NOT NULL,
	`serial` text,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_serial_idx` ON `items` (`serial`);