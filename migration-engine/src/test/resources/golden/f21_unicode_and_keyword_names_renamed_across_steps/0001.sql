DROP VIEW `view "all"`;--> statement-breakpoint
ALTER TABLE `group` RENAME TO `Grüße & Co`;--> statement-breakpoint
ALTER TABLE `Grüße & Co` RENAME COLUMN "order" TO "index";--> statement-breakpoint
CREATE VIEW `view "all"` AS SELECT g."index", g."from", s."where" FROM "Grüße & Co" g JOIN "select" s ON s.group_id = g.id;