PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `pins`;--> statement-breakpoint
CREATE TABLE `__old_memos` AS SELECT * FROM `memos`;--> statement-breakpoint
DROP TABLE `memos`;--> statement-breakpoint
CREATE TABLE `memos` (
	`id` integer PRIMARY KEY NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`prio` real,
	CONSTRAINT "prio_range" CHECK("prio" IS NULL OR "prio" >= 0)
);
--> statement-breakpoint
CREATE INDEX `notes_content_idx` ON `memos` (`text`);--> statement-breakpoint
INSERT INTO `memos`(`id`,`text`,`prio`) SELECT `id`, coalesce(`text`, ''), `prio` FROM `__old_memos`;--> statement-breakpoint
DROP TABLE `__old_memos`;--> statement-breakpoint
PRAGMA foreign_keys=ON;