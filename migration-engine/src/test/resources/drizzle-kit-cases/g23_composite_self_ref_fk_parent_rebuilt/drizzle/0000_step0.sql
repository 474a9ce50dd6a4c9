CREATE TABLE `nodes` (
	`tree` integer NOT NULL,
	`id` integer NOT NULL,
	`parent` integer,
	`label` text,
	PRIMARY KEY(`tree`, `id`),
	FOREIGN KEY (`tree`,`parent`) REFERENCES `nodes`(`tree`,`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`tree` integer NOT NULL,
	`node_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`tree`, `node_id`, `tag`),
	FOREIGN KEY (`tree`,`node_id`) REFERENCES `nodes`(`tree`,`id`) ON UPDATE no action ON DELETE cascade
);
