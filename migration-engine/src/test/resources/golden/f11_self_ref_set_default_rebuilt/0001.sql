PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer DEFAULT 0,
	`name` text DEFAULT 'unnamed' NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE set default,
	CONSTRAINT "not_own_parent" CHECK("parent_id" is null or "parent_id" <> "id")
);
--> statement-breakpoint
INSERT INTO `categories`(`id`,`parent_id`,`name`) SELECT `id`, `parent_id`, coalesce(`name`, 'unnamed') FROM `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
PRAGMA foreign_keys=ON;