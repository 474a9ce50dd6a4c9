CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`age` integer
);
--> statement-breakpoint
CREATE VIEW `adults` AS select id, name from users where age >= 18;