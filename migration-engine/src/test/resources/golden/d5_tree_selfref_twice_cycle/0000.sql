CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`root_id` integer,
	`name` text DEFAULT '' NOT NULL,
	`depth` integer DEFAULT 0,
	FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE cascade ON DELETE cascade,
	FOREIGN KEY (`root_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `nodes_parent_idx` ON `nodes` (`parent_id`,`name`);--> statement-breakpoint
CREATE INDEX `nodes_root_idx` ON `nodes` (`root_id`,`depth`,`id`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`label` text,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `c_label_unique` ON `c` (`label`);--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`c_id` integer,
	`w` real,
	FOREIGN KEY (`c_id`) REFERENCES `c`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	`node_id` integer,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`node_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE cascade
);
