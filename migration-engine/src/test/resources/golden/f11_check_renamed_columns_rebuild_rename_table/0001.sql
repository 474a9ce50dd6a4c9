PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `order_lines` RENAME COLUMN "qty" TO "quantity";--> statement-breakpoint
ALTER TABLE `order_lines` RENAME COLUMN "price" TO "unit_price";--> statement-breakpoint
CREATE TABLE `__new_order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price` real,
	`note` text DEFAULT '-' NOT NULL,
	CONSTRAINT "qty_price_ok" CHECK("quantity" >= 0 and ("unit_price" is null or "unit_price" > 0))
);
--> statement-breakpoint
INSERT INTO `__new_order_lines`(`id`,`quantity`,`unit_price`,`note`) SELECT `id`, `quantity`, `unit_price`, coalesce(`note`, '-') FROM `order_lines`;--> statement-breakpoint
DROP TABLE `order_lines`;--> statement-breakpoint
ALTER TABLE `__new_order_lines` RENAME TO `order_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;