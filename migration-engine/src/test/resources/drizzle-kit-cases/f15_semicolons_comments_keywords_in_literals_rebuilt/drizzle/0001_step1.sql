PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text DEFAULT 'a; b -- c /* d */' NOT NULL,
	`tag` text DEFAULT 'x''; DROP TABLE notes; --' NOT NULL,
	CONSTRAINT "notes_body_not_semicolon" CHECK("__new_notes"."body" <> ')
);
--> statement-breakpoint
INSERT INTO `__new_notes`("id", "body", "tag") SELECT "id", "body", "tag" FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `notes_tag_idx` ON `notes` (`tag`) WHERE "notes"."tag" <> 'BEGIN;