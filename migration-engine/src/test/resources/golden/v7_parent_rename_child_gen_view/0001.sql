DROP VIEW `catalog`;--> statement-breakpoint
ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
CREATE VIEW `catalog` AS select a.name, b.slug, b.title_len from writers a join books b on b.author_id = a.id;