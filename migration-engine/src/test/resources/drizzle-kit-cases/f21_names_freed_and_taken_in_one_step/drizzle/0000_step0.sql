CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text NOT NULL,
	`name` text,
	`full_name` text
);
--> statement-breakpoint
CREATE INDEX `orders_by_customer` ON `orders` (`customer`);--> statement-breakpoint
CREATE INDEX `orders_full_name_idx` ON `orders` (`full_name`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer,
	`body` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `order_names` AS SELECT id, name FROM orders;