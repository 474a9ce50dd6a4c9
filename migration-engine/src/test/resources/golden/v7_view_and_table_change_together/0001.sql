PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `item_count`;--> statement-breakpoint
DROP VIEW `item_list`;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`price` real,
	`sku` text
);
--> statement-breakpoint
INSERT INTO `items`(`id`,`name`,`price`) SELECT `id`, `name`, `price` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
CREATE VIEW `item_list` AS select id, name, sku from items;--> statement-breakpoint
CREATE VIEW `item_count` AS select count(*) as n from item_list;--> statement-breakpoint
PRAGMA foreign_keys=ON;