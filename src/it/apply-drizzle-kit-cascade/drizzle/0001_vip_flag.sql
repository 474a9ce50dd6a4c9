PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_customers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`vip` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_customers`("id", "name", "vip") SELECT "id", "name", "vip" FROM `customers`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
ALTER TABLE `__new_customers` RENAME TO `customers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;