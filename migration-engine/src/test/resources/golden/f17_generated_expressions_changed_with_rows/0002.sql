PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`price` integer DEFAULT 0 NOT NULL,
	`qty` integer DEFAULT 1 NOT NULL,
	`total` integer GENERATED ALWAYS AS ("price" * "qty" + 1) STORED,
	`label` text
);
--> statement-breakpoint
CREATE INDEX `items_label_idx` ON `items` (`label`);--> statement-breakpoint
INSERT INTO `items`(`id`,`price`,`qty`,`label`) SELECT `id`, `price`, `qty`, `label` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;