CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text DEFAULT 'a; b -- c /* d */' NOT NULL,
	`tag` text DEFAULT 'END;',
	CONSTRAINT "notes_body_not_semicolon" CHECK("notes"."body" <> ')
);
--> statement-breakpoint
CREATE INDEX `notes_tag_idx` ON `notes` (`tag`) WHERE "notes"."tag" <> 'BEGIN;--> statement-breakpoint
CREATE VIEW `notes_semis` AS select id, body || ';--' as b2, '/* not a comment */' as c from notes where body like '%;%';