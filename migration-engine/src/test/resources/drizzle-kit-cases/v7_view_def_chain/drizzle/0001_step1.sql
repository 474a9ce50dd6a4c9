DROP VIEW `cheap`;--> statement-breakpoint
CREATE VIEW `cheap` AS select id, price from items where price < 100;