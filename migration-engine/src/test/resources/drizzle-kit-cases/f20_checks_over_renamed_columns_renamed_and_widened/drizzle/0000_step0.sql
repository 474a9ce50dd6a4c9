CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer NOT NULL,
	`price` real DEFAULT 0 NOT NULL,
	`discount` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	CONSTRAINT "orders_qty_pos" CHECK("orders"."qty" > 0),
	CONSTRAINT "orders_price_nonneg" CHECK("orders"."price" >= 0),
	CONSTRAINT "orders_discount_le_price" CHECK("orders"."discount" <= "orders"."price"),
	CONSTRAINT "orders_status_known" CHECK("orders"."status" IN ('new', 'paid'))
);
