PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock` integer,
	`qty` real,
	CONSTRAINT "qty_nonneg" CHECK("__new_stock"."qty" >= 0),
	CONSTRAINT "stock_small" CHECK("__new_stock"."stock" < 1000)
);
--> statement-breakpoint
INSERT INTO `__new_stock`("id", "stock", "qty") SELECT "id", "stock", "qty" FROM `stock`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
ALTER TABLE `__new_stock` RENAME TO `stock`;--> statement-breakpoint
PRAGMA foreign_keys=ON;