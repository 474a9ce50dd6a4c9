CREATE TABLE `cart` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` text,
	`qty` integer,
	`total` real GENERATED ALWAYS AS ("price" * "qty") STORED,
	`label` text GENERATED ALWAYS AS ("qty" || ' x ' || "price") VIRTUAL
);
