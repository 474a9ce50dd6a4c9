CREATE UNIQUE INDEX `notes_tag_uq` ON `notes` (`tag`) WHERE "prio" > 0;--> statement-breakpoint
CREATE INDEX `notes_content_idx` ON `notes` (`content`);