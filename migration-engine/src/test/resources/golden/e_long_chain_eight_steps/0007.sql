PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `pins` RENAME COLUMN "memo_id" TO "note_id";--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
CREATE TABLE `__old_pins` AS SELECT * FROM `pins`;--> statement-breakpoint
DELETE FROM `pins`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notes_content_idx` ON `notes` (`body`);--> statement-breakpoint
INSERT INTO `notes`(`id`,`body`) SELECT `id`, `body` FROM `__old_notes`;--> statement-breakpoint
INSERT INTO `pins`(`id`,`note_id`) SELECT `id`,`note_id` FROM `__old_pins`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_pins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;