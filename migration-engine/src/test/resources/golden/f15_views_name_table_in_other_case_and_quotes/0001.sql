PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_items` AS SELECT * FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '-' NOT NULL,
	`old` integer
);
--> statement-breakpoint
INSERT INTO `items`(`id`,`name`,`old`) SELECT `id`, coalesce(`name`, '-'), `old` FROM `__old_items`;--> statement-breakpoint
DROP TABLE `__old_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;