PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "parent_id" TO "parent";--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 0,
	`name` text DEFAULT 'unnamed' NOT NULL,
	FOREIGN KEY (`parent`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "not_own_parent" CHECK("parent" is null or "parent" <> "id")
);
--> statement-breakpoint
INSERT INTO `categories`(`id`,`parent`,`name`) SELECT `id`, `parent`, `name` FROM `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
PRAGMA foreign_keys=ON;