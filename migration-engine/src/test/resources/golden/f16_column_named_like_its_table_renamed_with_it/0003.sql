PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_groups` AS SELECT * FROM `groups`;--> statement-breakpoint
CREATE TABLE `__old_orders` AS SELECT * FROM `orders`;--> statement-breakpoint
DELETE FROM `orders`;--> statement-breakpoint
DROP TABLE `groups`;--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL
);
--> statement-breakpoint
INSERT INTO `groups`(`id`,`name`) SELECT `id`, coalesce(`name`, 'unnamed') FROM `__old_groups`;--> statement-breakpoint
INSERT INTO `orders`(`id`,`position`,`group_id`) SELECT `id`,`position`,`group_id` FROM `__old_orders`;--> statement-breakpoint
DROP TABLE `__old_groups`;--> statement-breakpoint
DROP TABLE `__old_orders`;--> statement-breakpoint
PRAGMA foreign_keys=ON;