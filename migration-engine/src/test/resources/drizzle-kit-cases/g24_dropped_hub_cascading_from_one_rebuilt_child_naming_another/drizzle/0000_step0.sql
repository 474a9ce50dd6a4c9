CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text,
	`hub_id` integer,
	`up_id` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`up_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text,
	`hub_id` integer,
	`up_id` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`up_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `hubs` (
	`id` integer PRIMARY KEY NOT NULL,
	`note_id` integer,
	`tag_id` integer,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action
);
