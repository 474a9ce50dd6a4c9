ALTER TABLE `users` RENAME TO `accounts`;--> statement-breakpoint
DROP VIEW `active_users`;--> statement-breakpoint
CREATE VIEW `users` AS select id, name, active from accounts;--> statement-breakpoint
CREATE VIEW `active_users` AS select id, name from accounts where active = 1;