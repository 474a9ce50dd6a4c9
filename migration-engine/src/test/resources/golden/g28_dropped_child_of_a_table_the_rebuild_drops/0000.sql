CREATE TABLE `places` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_visit` integer,
	FOREIGN KEY (`last_visit`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`person` integer,
	`place` integer,
	FOREIGN KEY (`person`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`visit` integer,
	`reply_to` integer,
	FOREIGN KEY (`visit`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reply_to`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_note` integer,
	FOREIGN KEY (`last_note`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE no action
);
