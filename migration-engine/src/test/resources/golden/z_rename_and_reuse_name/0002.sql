PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_orders_archive` AS SELECT * FROM `orders_archive`;--> statement-breakpoint
CREATE TABLE `__old_order_lines` AS SELECT * FROM `order_lines`;--> statement-breakpoint
DELETE FROM `order_lines`;--> statement-breakpoint
DROP TABLE `orders_archive`;--> statement-breakpoint
CREATE TABLE `orders_archive` (
	`id` integer PRIMARY KEY NOT NULL,
	`total` numeric
);
--> statement-breakpoint
CREATE INDEX `orders_archive_total_idx` ON `orders_archive` (`total`);--> statement-breakpoint
INSERT INTO `orders_archive`(`id`,`total`) SELECT `id`, `total` FROM `__old_orders_archive`;--> statement-breakpoint
INSERT INTO `order_lines`(`id`,`order_id`) SELECT `id`,`order_id` FROM `__old_order_lines`;--> statement-breakpoint
DROP TABLE `__old_orders_archive`;--> statement-breakpoint
DROP TABLE `__old_order_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;