PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text,
	`score` integer DEFAULT 0 NOT NULL,
	`ratio` real DEFAULT (1.5) NOT NULL,
	`status` text DEFAULT 'it''s new' NOT NULL,
	`created` integer DEFAULT (unixepoch()) NOT NULL,
	`flag` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_notes`(`id`,`body`,`score`,`ratio`,`status`,`created`,`flag`) SELECT `id`, `body`, coalesce(`score`, 0), coalesce(`ratio`, (1.5)), `status`, `created`, `flag` FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;