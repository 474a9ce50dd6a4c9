CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`nickname` text,
	`score` integer DEFAULT 0 NOT NULL,
	`city` text
);
--> statement-breakpoint
CREATE TABLE `addresses` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`line` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
