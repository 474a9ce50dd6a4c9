PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `notes_semis`;--> statement-breakpoint
ALTER TABLE `notes` RENAME TO `memos`;--> statement-breakpoint
ALTER TABLE `memos` RENAME COLUMN "body" TO "text_body";--> statement-breakpoint
CREATE TABLE `__old_memos` AS SELECT * FROM `memos`;--> statement-breakpoint
DROP TABLE `memos`;--> statement-breakpoint
CREATE TABLE `memos` (
	`id` integer PRIMARY KEY NOT NULL,
	`text_body` text DEFAULT 'a; b -- c /* d */' NOT NULL,
	`tag` text DEFAULT 'x''; DROP TABLE notes; --' NOT NULL,
	CONSTRAINT "notes_body_not_semicolon" CHECK("text_body" <> ';;' and "text_body" not like '%--x%')
);
--> statement-breakpoint
CREATE INDEX `notes_tag_idx` ON `memos` (`tag`) WHERE "tag" <> 'BEGIN; /*';--> statement-breakpoint
INSERT INTO `memos`(`id`,`text_body`,`tag`) SELECT `id`, `text_body`, `tag` FROM `__old_memos`;--> statement-breakpoint
DROP TABLE `__old_memos`;--> statement-breakpoint
CREATE VIEW `notes_semis` AS select id, text_body || ';--' as b2, '/* not a comment */' as c from memos where text_body like '%;%';--> statement-breakpoint
PRAGMA foreign_keys=ON;