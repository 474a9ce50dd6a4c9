PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`qty` integer,
	`price` real,
	`unit` text DEFAULT 'pc' NOT NULL,
	`note` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_readings`("id", "qty", "price", "unit", "note") SELECT "id", "qty", "price", "unit", "note" FROM `readings`;--> statement-breakpoint
DROP TABLE `readings`;--> statement-breakpoint
ALTER TABLE `__new_readings` RENAME TO `readings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;