CREATE TABLE `ev` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` text,
	`b` integer
);
--> statement-breakpoint
CREATE TABLE `other` (
	`id` integer PRIMARY KEY NOT NULL
);
