PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`payload` blob,
	`score` integer DEFAULT 0 NOT NULL,
	`flag` text DEFAULT 'no',
	CONSTRAINT "events_score_nonneg" CHECK("score" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_events`(`id`,`payload`,`score`,`flag`) SELECT `id`, `payload`, `score`, `flag` FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint
CREATE INDEX `events_flag_idx` ON `events` (`flag`);--> statement-breakpoint
PRAGMA foreign_keys=ON;