PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_categories` AS SELECT * FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`slug` text DEFAULT '-' NOT NULL,
	`depth` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_parent_slug_uq` ON `categories` (`parent_id`,`slug`);--> statement-breakpoint
INSERT INTO `categories`(`id`,`parent_id`,`name`,`slug`) SELECT `id`, `parent_id`, `name`, coalesce(`slug`, '-') FROM `__old_categories`;--> statement-breakpoint
DROP TABLE `__old_categories`;--> statement-breakpoint
PRAGMA foreign_keys=ON;