PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text,
	`score` integer,
	`ratio` real,
	`status` text DEFAULT 'it''s new' NOT NULL,
	`created` integer DEFAULT (unixepoch()) NOT NULL,
	`flag` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_notes`(`id`,`body`,`score`,`ratio`) SELECT `id`, `body`, `score`, `ratio` FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;