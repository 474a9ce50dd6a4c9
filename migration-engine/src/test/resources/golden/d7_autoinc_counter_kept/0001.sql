PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_ticket` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text DEFAULT '?' NOT NULL
);
--> statement-breakpoint
INSERT INTO sqlite_sequence (name, seq) SELECT '__new_ticket', seq FROM sqlite_sequence WHERE name = 'ticket';--> statement-breakpoint
INSERT INTO `__new_ticket`(`id`,`title`) SELECT `id`, coalesce(`title`, '?') FROM `ticket`;--> statement-breakpoint
DROP TABLE `ticket`;--> statement-breakpoint
ALTER TABLE `__new_ticket` RENAME TO `ticket`;--> statement-breakpoint
PRAGMA foreign_keys=ON;