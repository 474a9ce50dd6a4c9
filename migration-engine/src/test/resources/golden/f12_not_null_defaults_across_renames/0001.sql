PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `items` RENAME COLUMN "title" TO "label";--> statement-breakpoint
ALTER TABLE `items` RENAME COLUMN "qty" TO "quantity";--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT 'untitled' NOT NULL,
	`quantity` integer DEFAULT 0 NOT NULL,
	`price` real
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`,`label`,`quantity`,`price`) SELECT `id`, coalesce(`label`, 'untitled'), coalesce(`quantity`, 0), `price` FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;