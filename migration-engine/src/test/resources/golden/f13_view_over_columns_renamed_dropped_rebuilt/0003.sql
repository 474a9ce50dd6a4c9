PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DROP TABLE `orders`;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'open' NOT NULL
);
--> statement-breakpoint
INSERT INTO `orders`(`id`,`amount`,`status`) SELECT `id`, coalesce(`amount`, 0), coalesce(`status`, 'open') FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;