DROP VIEW `active_users`;--> statement-breakpoint
ALTER TABLE `users` RENAME TO `accounts`;--> statement-breakpoint
CREATE VIEW `active_users` AS select id, name from accounts where active = 1;--> statement-breakpoint
CREATE VIEW `users` AS select id, name, active from accounts;