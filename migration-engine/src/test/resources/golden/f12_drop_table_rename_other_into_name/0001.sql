DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `items_v2` RENAME TO `items`;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "item_id" TO "item_sku";--> statement-breakpoint
CREATE INDEX `items_name_idx` ON `items` (`name`);