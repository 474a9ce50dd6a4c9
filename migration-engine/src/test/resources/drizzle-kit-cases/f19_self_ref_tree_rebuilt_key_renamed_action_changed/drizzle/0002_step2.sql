PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_categories` (
	`cat_id` integer PRIMARY KEY NOT NULL,
	`parent_cat_id` integer,
	`name` text NOT NULL,
	`slug` text DEFAULT '-' NOT NULL,
	`depth` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`parent_cat_id`) REFERENCES `categories`(`cat_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_categories`("cat_id", "parent_cat_id", "name", "slug", "depth") SELECT "cat_id", "parent_cat_id", "name", "slug", "depth" FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
ALTER TABLE `__new_categories` RENAME TO `categories`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `categories_parent_slug_uq` ON `categories` (`parent_cat_id`,`slug`);