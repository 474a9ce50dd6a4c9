ALTER TABLE `regions` RENAME COLUMN "id" TO "region_no";--> statement-breakpoint
ALTER TABLE `regions` RENAME COLUMN "code" TO "iso";--> statement-breakpoint
DROP INDEX `regions_code_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `regions_iso_unique` ON `regions` (`iso`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_shops` (
	`id` integer PRIMARY KEY NOT NULL,
	`region_id` integer DEFAULT 1 NOT NULL,
	`region_code` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`region_no`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`iso`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_shops`("id", "region_id", "region_code") SELECT "id", "region_id", "region_code" FROM `shops`;--> statement-breakpoint
DROP TABLE `shops`;--> statement-breakpoint
ALTER TABLE `__new_shops` RENAME TO `shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;