DROP VIEW `cheap_count`;--> statement-breakpoint
DROP VIEW `cheap`;--> statement-breakpoint
CREATE VIEW `cheap` AS select id, price from items where price < 100;--> statement-breakpoint
CREATE VIEW `cheap_count` AS select count(*) as n from cheap;