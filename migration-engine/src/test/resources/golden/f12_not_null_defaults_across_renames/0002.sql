PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `items` RENAME TO `stock_items`;--> statement-breakpoint
ALTER TABLE `stock_items` RENAME COLUMN "quantity" TO "qty";--> statement-breakpoint
ALTER TABLE `stock_items` RENAME COLUMN "price" TO "unit_price";--> statement-breakpoint
CREATE TABLE `__new_stock_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT 'untitled' NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	`unit_price` real DEFAULT 0.5 NOT NULL,
	CONSTRAINT "qty_pos" CHECK("qty" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_stock_items`(`id`,`label`,`qty`,`unit_price`) SELECT `id`, `label`, `qty`, coalesce(`unit_price`, 0.5) FROM `stock_items`;--> statement-breakpoint
DROP TABLE `stock_items`;--> statement-breakpoint
ALTER TABLE `__new_stock_items` RENAME TO `stock_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;