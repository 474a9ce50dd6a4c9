ALTER TABLE `c` RENAME TO `e`;--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
