PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_stores` AS SELECT * FROM `stores`;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DELETE FROM `items`;--> statement-breakpoint
DROP TABLE `stores`;--> statement-breakpoint
CREATE TABLE `stores` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`tz` text DEFAULT 'UTC' NOT NULL
);
--> statement-breakpoint
INSERT INTO `stores`(`id`,`name`,`tz`) SELECT `id`, `name`, coalesce(`tz`, 'UTC') FROM `__old_stores`;--> statement-breakpoint
INSERT INTO `items`(`id`,`store_id`,`price_cents`) SELECT `id`,`store_id`,`price_cents` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_stores`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;