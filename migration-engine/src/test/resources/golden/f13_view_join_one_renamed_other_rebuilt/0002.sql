ALTER TABLE `writers` DROP COLUMN `bio`;--> statement-breakpoint
CREATE VIEW `shelf_count` AS select author, count(*) as n from shelf group by author;