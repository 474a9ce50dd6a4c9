CREATE TABLE `stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer,
	`twice` integer GENERATED ALWAYS AS ("qty" * 2) VIRTUAL,
	`sku` text
);
--> statement-breakpoint
CREATE INDEX `stock_qty_lower` ON `stock` (abs("qty"));