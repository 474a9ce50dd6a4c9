PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
ALTER TABLE `products` RENAME TO `goods`;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_id` integer NOT NULL,
	`serial` text DEFAULT 'none' NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `goods`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`,`product_id`,`serial`) SELECT `id`, `product_id`, coalesce(`serial`, 'none') FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
CREATE UNIQUE INDEX `items_serial_idx` ON `items` (`serial`);--> statement-breakpoint
PRAGMA foreign_keys=ON;