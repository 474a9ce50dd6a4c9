CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`Total` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `orders` (`Total`);--> statement-breakpoint
CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
