PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` blob,
	`email` text DEFAULT 'none@x' NOT NULL,
	`sku` numeric
);
--> statement-breakpoint
INSERT INTO `__new_items`("id", "data", "email", "sku") SELECT "id", "data", "email", "sku" FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_kind_idx` ON `items` (`json_extract("data"`,` '$.kind')`);--> statement-breakpoint
CREATE INDEX `items_active_sku_idx` ON `items` (`sku`) WHERE json_extract("items"."data", '$.active') = 1;--> statement-breakpoint
CREATE INDEX `items_email_nocase_idx` ON `items` (`"email" COLLATE NOCASE`);--> statement-breakpoint
CREATE UNIQUE INDEX `items_email_lower_uq` ON `items` (`lower("email")`);