CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`active` integer DEFAULT true
);
--> statement-breakpoint
CREATE VIEW `active_users` AS select id, name from users where active = 1;