PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `notes` RENAME COLUMN "body" TO "content";--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`content` text,
	`prio` real,
	`tag` text
);
--> statement-breakpoint
INSERT INTO `__new_notes`(`id`,`content`,`prio`,`tag`) SELECT `id`, `content`, `prio`, `tag` FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;