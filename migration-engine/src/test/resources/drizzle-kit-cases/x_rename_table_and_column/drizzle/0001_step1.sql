ALTER TABLE `cats` RENAME TO `categories`;--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "cid" TO "id";--> statement-breakpoint
ALTER TABLE `categories` RENAME COLUMN "label" TO "title";--> statement-breakpoint
DROP INDEX `cats_label_unique`;--> statement-breakpoint
DROP INDEX `cats_label_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `categories_title_unique` ON `categories` (`title`);--> statement-breakpoint
CREATE INDEX `cats_label_idx` ON `categories` (`title`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_pets` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat_id` integer,
	FOREIGN KEY (`cat_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_pets`("id", "cat_id") SELECT "id", "cat_id" FROM `pets`;--> statement-breakpoint
DROP TABLE `pets`;--> statement-breakpoint
ALTER TABLE `__new_pets` RENAME TO `pets`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `pets_cat_idx` ON `pets` (`cat_id`);