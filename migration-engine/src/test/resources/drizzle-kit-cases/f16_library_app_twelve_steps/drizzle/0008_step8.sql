CREATE INDEX `authors_name_idx` ON `authors` (`full_name`);--> statement-breakpoint
CREATE INDEX `titles_title_idx` ON `titles` (`title`) WHERE "titles"."published" > 0;--> statement-breakpoint
DROP VIEW `open_loans`;