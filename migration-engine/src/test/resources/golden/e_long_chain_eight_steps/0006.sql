PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `memos` RENAME TO `notes`;--> statement-breakpoint
ALTER TABLE `notes` RENAME COLUMN "text" TO "body";--> statement-breakpoint
CREATE TABLE `pins` (
	`id` integer PRIMARY KEY NOT NULL,
	`memo_id` integer,
	FOREIGN KEY (`memo_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`prio` real,
	CONSTRAINT "prio_range" CHECK(("prio" IS NULL OR "prio" >= 0) AND length("body") < 100)
);
--> statement-breakpoint
CREATE INDEX `notes_content_idx` ON `notes` (`body`);--> statement-breakpoint
INSERT INTO `notes`(`id`,`body`,`prio`) SELECT `id`, `body`, `prio` FROM `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;