ALTER TABLE `orders` RENAME TO `purchases`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	`price` text,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("price" * "qty") STORED,
	FOREIGN KEY (`order_id`) REFERENCES `purchases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_lines`("id", "order_id", "price", "qty", "total") SELECT "id", "order_id", "price", "qty", "total" FROM `lines`;--> statement-breakpoint
DROP TABLE `lines`;--> statement-breakpoint
ALTER TABLE `__new_lines` RENAME TO `lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `order_totals`;--> statement-breakpoint
CREATE VIEW `order_totals` AS select o.id, o.customer, count(l.id) as n, sum(l.total) as amount from purchases o left join lines l on l.order_id = o.id group by o.id;