PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP INDEX `sku_key`;--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sku_key` ON `categories` (`code`);--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`sku` text DEFAULT '' NOT NULL,
	`cat_code` text,
	FOREIGN KEY (`cat_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`,`sku`) SELECT `id`, coalesce(`sku`, '') FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
CREATE INDEX `items_sku_ix` ON `items` (`sku`);--> statement-breakpoint
PRAGMA foreign_keys=ON;