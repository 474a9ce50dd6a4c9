CREATE TABLE `node` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`prev_id` integer,
	`label` text,
	FOREIGN KEY (`parent_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`prev_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `tag` (
	`id` integer PRIMARY KEY NOT NULL,
	`node_id` integer NOT NULL,
	`t` text,
	FOREIGN KEY (`node_id`) REFERENCES `node`(`id`) ON UPDATE no action ON DELETE cascade
);
