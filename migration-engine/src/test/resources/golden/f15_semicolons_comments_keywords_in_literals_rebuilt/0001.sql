PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text DEFAULT 'a; b -- c /* d */' NOT NULL,
	`tag` text DEFAULT 'x''; DROP TABLE notes; --' NOT NULL,
	CONSTRAINT "notes_body_not_semicolon" CHECK("body" <> ';' and "body" not like '%--x%')
);
--> statement-breakpoint
CREATE INDEX `notes_tag_idx` ON `notes` (`tag`) WHERE "tag" <> 'BEGIN; /*';--> statement-breakpoint
INSERT INTO `notes`(`id`,`body`,`tag`) SELECT `id`, `body`, coalesce(`tag`, 'x''; DROP TABLE notes; --') FROM `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;