CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer NOT NULL,
	`price` real DEFAULT 0 NOT NULL,
	`discount` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	CONSTRAINT "orders_qty_pos" CHECK("qty" > 0),
	CONSTRAINT "orders_price_nonneg" CHECK("price" >= 0),
	CONSTRAINT "orders_discount_le_price" CHECK("discount" <= "price"),
	CONSTRAINT "orders_status_known" CHECK("status" IN ('new', 'paid'))
);
