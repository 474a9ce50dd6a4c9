CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`last` text
);
--> statement-breakpoint
CREATE VIEW `full` AS select id, first || ' ' || last as n from people;