ALTER TABLE `group` RENAME TO `groups`;--> statement-breakpoint
ALTER TABLE `groups` RENAME COLUMN "group" TO "id";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`group_id` integer,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "order_order_positive" CHECK("__new_orders"."position" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_orders`("id", "position", "group_id") SELECT "id", "position", "group_id" FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
ALTER TABLE `__new_orders` RENAME TO `orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `order_order_idx` ON `orders` (`position`);