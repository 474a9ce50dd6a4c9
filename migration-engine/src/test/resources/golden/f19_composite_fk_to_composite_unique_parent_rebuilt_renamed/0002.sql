PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `regions` RENAME COLUMN "code" TO "region_code";--> statement-breakpoint
CREATE TABLE `__new_shops` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text,
	`code` text,
	`title` text NOT NULL,
	FOREIGN KEY (`country`,`code`) REFERENCES `regions`(`country`,`region_code`) ON UPDATE cascade ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_shops`(`id`,`country`,`code`,`title`) SELECT `id`, `country`, `code`, `title` FROM `shops`;--> statement-breakpoint
DROP TABLE `shops`;--> statement-breakpoint
ALTER TABLE `__new_shops` RENAME TO `shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;