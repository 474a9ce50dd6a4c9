PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`category_id` integer DEFAULT 2 NOT NULL,
	`title` text,
	FOREIGN KEY (`category_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`,`category_id`,`title`) SELECT `id`, `category_id`, `title` FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;