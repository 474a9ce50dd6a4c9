PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `order` RENAME TO `orders`;--> statement-breakpoint
ALTER TABLE `orders` RENAME COLUMN "order" TO "position";--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`group` integer,
	FOREIGN KEY (`group`) REFERENCES `group`(`group`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "order_order_positive" CHECK("position" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_orders`(`id`,`position`,`group`) SELECT `id`, `position`, `group` FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
CREATE INDEX `order_order_idx` ON `orders` (`position`);--> statement-breakpoint
PRAGMA foreign_keys=ON;