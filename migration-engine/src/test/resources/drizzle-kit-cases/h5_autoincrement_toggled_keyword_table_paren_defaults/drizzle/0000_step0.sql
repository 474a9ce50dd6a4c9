CREATE TABLE `key` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`a` integer DEFAULT ((1)),
	`b` integer DEFAULT (1 + 2),
	`c` text DEFAULT ('' || 'x'),
	`g` integer GENERATED ALWAYS AS ("a" + "b") STORED
);
--> statement-breakpoint
CREATE TABLE `values` (
	`id` integer PRIMARY KEY NOT NULL,
	`key_id` integer,
	FOREIGN KEY (`key_id`) REFERENCES `key`(`id`) ON UPDATE no action ON DELETE cascade
);
