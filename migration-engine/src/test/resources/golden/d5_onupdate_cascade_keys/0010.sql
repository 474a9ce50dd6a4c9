PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_addresses` (
	`line` text,
	`city_id` text,
	`id` integer PRIMARY KEY NOT NULL,
	`zip` text DEFAULT '00000',
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_addresses`(`line`,`city_id`,`id`) SELECT `line`, `city_id`, `id` FROM `addresses`;--> statement-breakpoint
DROP TABLE `addresses`;--> statement-breakpoint
ALTER TABLE `__new_addresses` RENAME TO `addresses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;