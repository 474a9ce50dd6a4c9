DROP VIEW `open_loans`;--> statement-breakpoint
CREATE INDEX `authors_name_idx` ON `authors` (`full_name`);--> statement-breakpoint
CREATE INDEX `titles_title_idx` ON `titles` (`title`) WHERE "published" > 0;