PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `cart` RENAME COLUMN "price" TO "unit";--> statement-breakpoint
CREATE TABLE `__new_cart` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit` real,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` real GENERATED ALWAYS AS ("unit" * "qty") VIRTUAL,
	`label` text GENERATED ALWAYS AS ("qty" || ' x ' || "unit") STORED
);
--> statement-breakpoint
INSERT INTO `__new_cart`(`id`,`unit`,`qty`) SELECT `id`, `unit`, `qty` FROM `cart`;--> statement-breakpoint
DROP TABLE `cart`;--> statement-breakpoint
ALTER TABLE `__new_cart` RENAME TO `cart`;--> statement-breakpoint
PRAGMA foreign_keys=ON;