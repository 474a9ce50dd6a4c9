ALTER TABLE `pets` RENAME TO `animals`;--> statement-breakpoint
ALTER TABLE `animals` RENAME COLUMN "cat_id" TO "category_id";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_animals` (
	`id` integer PRIMARY KEY NOT NULL,
	`category_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_animals`("id", "category_id") SELECT "id", "category_id" FROM `animals`;--> statement-breakpoint
DROP TABLE `animals`;--> statement-breakpoint
ALTER TABLE `__new_animals` RENAME TO `animals`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `pets_cat_idx` ON `animals` (`category_id`);