ALTER TABLE `notes` RENAME TO `memos`;--> statement-breakpoint
ALTER TABLE `memos` RENAME COLUMN "body" TO "text_body";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_memos` (
	`id` integer PRIMARY KEY NOT NULL,
	`text_body` text DEFAULT 'a; b -- c /* d */' NOT NULL,
	`tag` text DEFAULT 'x''; DROP TABLE notes; --' NOT NULL,
	CONSTRAINT "notes_body_not_semicolon" CHECK("__new_memos"."text_body" <> ')
);
--> statement-breakpoint
INSERT INTO `__new_memos`("id", "text_body", "tag") SELECT "id", "text_body", "tag" FROM `memos`;--> statement-breakpoint
DROP TABLE `memos`;--> statement-breakpoint
ALTER TABLE `__new_memos` RENAME TO `memos`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `notes_tag_idx` ON `memos` (`tag`) WHERE "memos"."tag" <> 'BEGIN;--> statement-breakpoint
DROP VIEW `notes_semis`;--> statement-breakpoint
CREATE VIEW `notes_semis` AS select id, text_body || ';--' as b2, '/* not a comment */' as c from memos where text_body like '%;%';