DROP VIEW `cheap_count`;--> statement-breakpoint
CREATE VIEW `priced` AS select id from items where price is not null;