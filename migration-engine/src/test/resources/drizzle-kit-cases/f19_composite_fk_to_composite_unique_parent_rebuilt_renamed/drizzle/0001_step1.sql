PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_regions` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text DEFAULT 'unnamed' NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_regions`("id", "country", "code", "name") SELECT "id", "country", "code", "name" FROM `regions`;--> statement-breakpoint
DROP TABLE `regions`;--> statement-breakpoint
ALTER TABLE `__new_regions` RENAME TO `regions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `regions_country_code_uq` ON `regions` (`country`,`code`);