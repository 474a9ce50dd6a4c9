PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_cart` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` real,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("price" * "qty") STORED,
	`label` text GENERATED ALWAYS AS ("qty" || ' x ' || "price") VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_cart`(`id`,`price`,`qty`) SELECT `id`, `price`, coalesce(`qty`, 1) FROM `cart`;--> statement-breakpoint
DROP TABLE `cart`;--> statement-breakpoint
ALTER TABLE `__new_cart` RENAME TO `cart`;--> statement-breakpoint
PRAGMA foreign_keys=ON;