PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_price` real NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	`name` text,
	`total` real GENERATED ALWAYS AS ("unit_price" * "qty" / 100.0) STORED,
	`label` text GENERATED ALWAYS AS (lower("name")) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_items`("id", "unit_price", "qty", "name", "total", "label") SELECT "id", "unit_price", "qty", "name", "total", "label" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_total_idx` ON `items` (`total`);