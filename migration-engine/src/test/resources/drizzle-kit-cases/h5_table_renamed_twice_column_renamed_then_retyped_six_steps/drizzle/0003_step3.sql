PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_clients` (
	`id` integer PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`rating` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_clients`("id", "full_name", "rating") SELECT "id", "full_name", "rating" FROM `clients`;--> statement-breakpoint
DROP TABLE `clients`;--> statement-breakpoint
ALTER TABLE `__new_clients` RENAME TO `clients`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `clients_rating_idx` ON `clients` (`rating`);