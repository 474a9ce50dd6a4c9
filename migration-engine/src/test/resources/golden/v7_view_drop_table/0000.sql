CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` text,
	`y` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE VIEW `va` AS select id, x, y from a;--> statement-breakpoint
CREATE VIEW `vb` AS select id from b;