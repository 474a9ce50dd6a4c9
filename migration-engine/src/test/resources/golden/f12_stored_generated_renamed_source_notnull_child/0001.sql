PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `big`;--> statement-breakpoint
ALTER TABLE `orders` RENAME TO `purchases`;--> statement-breakpoint
ALTER TABLE `purchases` RENAME COLUMN "qty" TO "quantity";--> statement-breakpoint
CREATE TABLE `__old_purchases` AS SELECT * FROM `purchases`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DELETE FROM `lines`;--> statement-breakpoint
DROP TABLE `purchases`;--> statement-breakpoint
CREATE TABLE `purchases` (
	`id` integer PRIMARY KEY NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`unit` real,
	`total` real GENERATED ALWAYS AS ("quantity" * "unit") STORED
);
--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `purchases` (`total`);--> statement-breakpoint
INSERT INTO `purchases`(`id`,`quantity`,`unit`) SELECT `id`, coalesce(`quantity`, 1), `unit` FROM `__old_purchases`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`order_id`) SELECT `id`,`order_id` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_purchases`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
CREATE VIEW `big` AS select id, total from purchases where total > 1;--> statement-breakpoint
PRAGMA foreign_keys=ON;