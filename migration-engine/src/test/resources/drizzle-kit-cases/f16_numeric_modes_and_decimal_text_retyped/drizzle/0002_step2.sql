PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` numeric DEFAULT '0.00' NOT NULL,
	`rate` real DEFAULT 1.5,
	`big` integer
);
--> statement-breakpoint
INSERT INTO `__new_prices`("id", "amount", "rate", "big") SELECT "id", "amount", "rate", "big" FROM `prices`;--> statement-breakpoint
DROP TABLE `prices`;--> statement-breakpoint
ALTER TABLE `__new_prices` RENAME TO `prices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;