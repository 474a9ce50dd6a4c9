DROP VIEW `user_names`;--> statement-breakpoint
CREATE VIEW `names` AS select id, name from users;