CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text,
	`at` integer
);
--> statement-breakpoint
CREATE VIEW `recent` AS select id, kind, at from events where at > 100;--> statement-breakpoint
CREATE VIEW `recent_kinds` AS select kind, count(*) as n from recent group by kind;