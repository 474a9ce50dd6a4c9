CREATE TABLE `legacy_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` integer NOT NULL
);
--> statement-breakpoint
CREATE VIEW `all_orders` AS SELECT id, total FROM legacy_orders UNION ALL SELECT id, total FROM orders;