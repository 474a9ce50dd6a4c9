ALTER TABLE `orders` RENAME TO `Orders`;--> statement-breakpoint
ALTER TABLE `Orders` RENAME COLUMN "Total" TO "total";--> statement-breakpoint
DROP INDEX `orders_total_idx`;--> statement-breakpoint
CREATE INDEX `orders_total_idx` ON `Orders` (`total`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_id` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `Orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_order_lines`("id", "order_id") SELECT "id", "order_id" FROM `order_lines`;--> statement-breakpoint
DROP TABLE `order_lines`;--> statement-breakpoint
ALTER TABLE `__new_order_lines` RENAME TO `order_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;