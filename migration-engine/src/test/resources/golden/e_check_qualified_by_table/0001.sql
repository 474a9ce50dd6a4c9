PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_stock` AS SELECT * FROM `stock`;--> statement-breakpoint
DROP TABLE `stock`;--> statement-breakpoint
CREATE TABLE `stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock` integer,
	`qty` real,
	CONSTRAINT "qty_nonneg" CHECK("stock"."qty" >= 0),
	CONSTRAINT "stock_small" CHECK("stock" < 1000)
);
--> statement-breakpoint
INSERT INTO `stock`(`id`,`stock`,`qty`) SELECT `id`, `stock`, `qty` FROM `__old_stock`;--> statement-breakpoint
DROP TABLE `__old_stock`;--> statement-breakpoint
PRAGMA foreign_keys=ON;