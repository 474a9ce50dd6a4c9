PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
CREATE TABLE `__old_lines` AS SELECT * FROM `lines`;--> statement-breakpoint
DELETE FROM `lines`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `items_idx` ON `items` (`label`);--> statement-breakpoint
INSERT INTO `items`(`id`,`label`) SELECT `id`, coalesce(`label`, '?') FROM `__old_items`;--> statement-breakpoint
INSERT INTO `lines`(`id`,`item_id`) SELECT `id`,`item_id` FROM `__old_lines`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
DROP TABLE `__old_lines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;