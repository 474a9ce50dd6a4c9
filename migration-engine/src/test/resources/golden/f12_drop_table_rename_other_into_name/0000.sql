CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `items_v2` (
	`sku` text PRIMARY KEY NOT NULL,
	`name` text,
	`price` integer
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`item_id` text,
	FOREIGN KEY (`item_id`) REFERENCES `items_v2`(`sku`) ON UPDATE no action ON DELETE cascade
);
