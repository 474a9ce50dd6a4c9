PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "id" TO "cat_id";--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "parent_id" TO "parent_cat_id";--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
CREATE TABLE `categories` (
	`cat_id` integer PRIMARY KEY NOT NULL,
	`parent_cat_id` integer,
	`name` text NOT NULL,
	`slug` text DEFAULT '-' NOT NULL,
	`depth` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`parent_cat_id`) REFERENCES `categories`(`cat_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_parent_slug_uq` ON `categories` (`parent_cat_id`,`slug`);--> statement-breakpoint
INSERT INTO `categories`(`cat_id`,`parent_cat_id`,`name`,`slug`,`depth`) SELECT `cat_id`, `parent_cat_id`, `name`, `slug`, `depth` FROM `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
PRAGMA foreign_keys=ON;