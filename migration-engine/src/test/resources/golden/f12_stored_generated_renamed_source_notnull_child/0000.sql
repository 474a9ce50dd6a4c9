CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer,
	`unit` real,
	`total` real GENERATED ALWAYS AS ("qty" * "unit") STORED
);
--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `orders` (`total`);--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `big` AS select id, total from orders where total > 1;