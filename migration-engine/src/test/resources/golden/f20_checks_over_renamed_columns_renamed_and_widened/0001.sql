PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "qty" TO "quantity";--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`quantity` integer NOT NULL,
	`price` real DEFAULT 0 NOT NULL,
	`discount` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	CONSTRAINT "orders_quantity_pos" CHECK("quantity" > 0),
	CONSTRAINT "orders_price_ok" CHECK("price" >= 0),
	CONSTRAINT "orders_discount_le_price" CHECK("discount" <= "price"),
	CONSTRAINT "orders_status_known" CHECK("status" IN ('new', 'paid'))
);
--> statement-breakpoint
INSERT INTO `__new_orders`(`id`,`quantity`,`price`,`discount`,`status`) SELECT `id`, `quantity`, `price`, `discount`, `status` FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;