DROP VIEW `roots`;--> statement-breakpoint
DROP TABLE `tag_notes`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
ALTER TABLE `nodes` RENAME TO `tree`;--> statement-breakpoint
ALTER TABLE `tree` RENAME COLUMN "id" TO "node_id";--> statement-breakpoint
CREATE VIEW `roots` AS SELECT "node_id", "name" FROM "tree" WHERE "parent" = 0;