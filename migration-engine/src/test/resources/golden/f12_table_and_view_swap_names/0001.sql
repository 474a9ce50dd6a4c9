DROP VIEW `cheap`;--> statement-breakpoint
ALTER TABLE `items` RENAME TO `cheap`;--> statement-breakpoint
ALTER TABLE `cheap` ADD `cur` text DEFAULT 'EUR' NOT NULL;--> statement-breakpoint
CREATE VIEW `items` AS select id, price, cur from cheap;