CREATE TABLE `a_ids` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `b_ids` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `links` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` integer NOT NULL,
	`other` integer,
	FOREIGN KEY (`ref`) REFERENCES `a_ids`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ref`) REFERENCES `b_ids`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`other`) REFERENCES `a_ids`(`id`) ON UPDATE no action ON DELETE set null
);
