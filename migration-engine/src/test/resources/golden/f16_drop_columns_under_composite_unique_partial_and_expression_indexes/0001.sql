PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`tenant` text NOT NULL,
	`title` text,
	`extra` text
);
--> statement-breakpoint
INSERT INTO `__new_events`(`id`,`tenant`,`title`,`extra`) SELECT `id`, `tenant`, `title`, `extra` FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint
CREATE INDEX `events_live_title` ON `events` (`title`);--> statement-breakpoint
CREATE INDEX `events_extra_idx` ON `events` (`extra`);--> statement-breakpoint
PRAGMA foreign_keys=ON;