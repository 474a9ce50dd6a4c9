ALTER TABLE `users` RENAME TO `people`;--> statement-breakpoint
DROP VIEW `names`;--> statement-breakpoint
CREATE VIEW `names` AS select id, name from people;