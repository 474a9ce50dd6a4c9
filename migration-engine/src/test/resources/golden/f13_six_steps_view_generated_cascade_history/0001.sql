PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `order_totals`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
CREATE TABLE `lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`price` text,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("price" * "qty") STORED,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `lines`(`id`,`order_id`,`price`,`qty`) SELECT `id`, `order_id`, `price`, `qty` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
CREATE VIEW `order_totals` AS select o.id, o.customer, count(l.id) as n, sum(l.total) as amount from orders o left join lines l on l.order_id = o.id group by o.id;--> statement-breakpoint
PRAGMA foreign_keys=ON;