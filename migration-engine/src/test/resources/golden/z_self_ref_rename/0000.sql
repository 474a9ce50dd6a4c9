CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`twin_id` integer,
	`v` text,
	FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`twin_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `nodes` (`parent_id`);--> statement-breakpoint
CREATE TABLE `refs` (
	`id` integer PRIMARY KEY NOT NULL,
	`node_id` integer,
	FOREIGN KEY (`node_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE cascade
);
