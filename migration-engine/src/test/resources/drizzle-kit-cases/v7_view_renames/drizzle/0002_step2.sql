ALTER TABLE `people` RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
DROP VIEW `names`;--> statement-breakpoint
CREATE VIEW `names` AS select id, full_name from people;