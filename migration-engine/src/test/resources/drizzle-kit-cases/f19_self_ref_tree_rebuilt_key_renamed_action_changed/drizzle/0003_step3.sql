ALTER TABLE `categories` RENAME TO `sections`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sections` (
	`cat_id` integer PRIMARY KEY NOT NULL,
	`parent_cat_id` integer,
	`name` text NOT NULL,
	`slug` text DEFAULT '-' NOT NULL,
	`depth` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`parent_cat_id`) REFERENCES `sections`(`cat_id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_sections`("cat_id", "parent_cat_id", "name", "slug", "depth") SELECT "cat_id", "parent_cat_id", "name", "slug", "depth" FROM `sections`;--> statement-breakpoint
DROP TABLE `sections`;--> statement-breakpoint
ALTER TABLE `__new_sections` RENAME TO `sections`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `categories_parent_slug_uq` ON `sections` (`parent_cat_id`,`slug`);