CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent` integer DEFAULT 0 NOT NULL,
	`name` text,
	FOREIGN KEY (`parent`) REFERENCES `nodes`(`id`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`node_id` integer,
	FOREIGN KEY (`node_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `tag_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`tag_id` integer,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE VIEW `roots` AS SELECT "id", "name" FROM "nodes" WHERE "parent" = 0;