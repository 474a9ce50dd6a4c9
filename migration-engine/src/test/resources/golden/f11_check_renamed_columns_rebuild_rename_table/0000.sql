CREATE TABLE `order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer NOT NULL,
	`price` real,
	`note` text,
	CONSTRAINT "qty_price_ok" CHECK("qty" >= 0 and ("price" is null or "price" > 0))
);
