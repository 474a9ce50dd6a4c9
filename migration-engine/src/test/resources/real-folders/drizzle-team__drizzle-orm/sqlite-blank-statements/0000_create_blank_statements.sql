CREATE TABLE blank_statements (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
