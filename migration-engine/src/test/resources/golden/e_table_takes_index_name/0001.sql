DROP INDEX `archive`;--> statement-breakpoint
CREATE TABLE `archive` (
	`id` integer PRIMARY KEY NOT NULL,
	`doc_id` integer
);
