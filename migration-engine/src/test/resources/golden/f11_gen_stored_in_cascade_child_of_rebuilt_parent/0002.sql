PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `store_totals`;--> statement-breakpoint
ALTER TABLE `stores` RENAME COLUMN "name" TO "title";--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`store_id` integer NOT NULL,
	`price_cents` integer NOT NULL,
	`price` real GENERATED ALWAYS AS (round("price_cents" / 100.0, 1)) STORED,
	`label` text GENERATED ALWAYS AS ('#' || "id") VIRTUAL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `items_price_idx` ON `items` (`price`);--> statement-breakpoint
INSERT INTO `items`(`id`,`store_id`,`price_cents`) SELECT `id`, `store_id`, `price_cents` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
CREATE VIEW `store_totals` AS select s.title, sum(i.price) as total, count(*) as n from stores s join items i on i.store_id = s.id group by s.id;--> statement-breakpoint
PRAGMA foreign_keys=ON;