CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` text,
	`email` text,
	`sku` text
);
--> statement-breakpoint
CREATE INDEX `items_kind_idx` ON `items` (`json_extract("data"`,` '$.kind')`);--> statement-breakpoint
CREATE INDEX `items_active_sku_idx` ON `items` (`sku`) WHERE json_extract("items"."data", '$.active') = 1;--> statement-breakpoint
CREATE INDEX `items_email_nocase_idx` ON `items` ("email" COLLATE NOCASE);--> statement-breakpoint
CREATE UNIQUE INDEX `items_email_lower_uq` ON `items` (lower("email"));