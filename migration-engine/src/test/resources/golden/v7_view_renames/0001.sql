DROP VIEW `names`;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `people`;--> statement-breakpoint
CREATE VIEW `names` AS select id, name from people;