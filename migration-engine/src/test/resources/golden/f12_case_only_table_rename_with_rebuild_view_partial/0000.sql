CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`status` text,
	`total` integer
);
--> statement-breakpoint
CREATE INDEX `orders_open_idx` ON `orders` (`total`) WHERE "status" = 'open';--> statement-breakpoint
CREATE VIEW `open_orders` AS select id, total from orders where status = 'open';