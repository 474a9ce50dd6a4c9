CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text
);
--> statement-breakpoint
CREATE INDEX `sku_key` ON `items` (`sku`);