PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "price" TO "amount";--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`quantity` integer NOT NULL,
	`amount` real DEFAULT 0 NOT NULL,
	`discount` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	CONSTRAINT "orders_quantity_pos" CHECK("quantity" > 0),
	CONSTRAINT "orders_price_ok" CHECK("amount" >= 0),
	CONSTRAINT "orders_discount_le_price" CHECK("discount" <= "amount"),
	CONSTRAINT "orders_status_known" CHECK("status" IN ('new', 'paid', 'shipped'))
);
--> statement-breakpoint
INSERT INTO `__new_orders`(`id`,`quantity`,`amount`,`discount`,`status`) SELECT `id`, `quantity`, `amount`, `discount`, `status` FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;