PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`quantity` integer NOT NULL,
	`amount` real DEFAULT 0 NOT NULL,
	`discount` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	CONSTRAINT "orders_quantity_pos" CHECK("__new_orders"."quantity" > 0),
	CONSTRAINT "orders_price_ok" CHECK("__new_orders"."amount" >= 0),
	CONSTRAINT "orders_discount_le_price" CHECK("__new_orders"."discount" <= "__new_orders"."amount"),
	CONSTRAINT "orders_status_known" CHECK("__new_orders"."status" IN ('new', 'paid', 'shipped'))
);
--> statement-breakpoint
INSERT INTO `__new_orders`("id", "quantity", "amount", "discount", "status") SELECT "id", "quantity", "amount", "discount", "status" FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;