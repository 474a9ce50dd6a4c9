CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`qty` integer DEFAULT 0 NOT NULL,
	`deleted` integer DEFAULT 0,
	CONSTRAINT "items_qty_nonneg" CHECK("qty" >= 0)
);
--> statement-breakpoint
CREATE INDEX `items_qty_idx` ON `items` (`qty`);--> statement-breakpoint
CREATE UNIQUE INDEX `items_sku_live_uq` ON `items` (`sku`) WHERE "deleted" = 0;--> statement-breakpoint
CREATE TABLE `holds` (
	`id` integer PRIMARY KEY NOT NULL,
	`item_id` integer,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
