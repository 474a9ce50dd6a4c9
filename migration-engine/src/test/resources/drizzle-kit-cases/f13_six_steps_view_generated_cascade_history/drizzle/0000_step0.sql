CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`customer` text
);
--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`price` text,
	`qty` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `order_totals` AS select o.id, o.customer, count(l.id) as n from orders o left join lines l on l.order_id = o.id group by o.id;