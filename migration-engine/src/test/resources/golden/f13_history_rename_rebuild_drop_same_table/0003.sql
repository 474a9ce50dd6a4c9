PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `tags` RENAME COLUMN "label" TO "name";--> statement-breakpoint
DROP INDEX `products_sku_unique`;--> statement-breakpoint
ALTER TABLE `products` DROP COLUMN `sku`;--> statement-breakpoint
CREATE TABLE `__new_tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`item_id` integer,
	`name` text,
	FOREIGN KEY (`item_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_tags`(`id`,`item_id`,`name`) SELECT `id`, `item_id`, `name` FROM `tags`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
ALTER TABLE `__new_tags` RENAME TO `tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;