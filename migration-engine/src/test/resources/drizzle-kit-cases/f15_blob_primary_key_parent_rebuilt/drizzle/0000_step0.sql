CREATE TABLE `devices` (
	`uuid` blob PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`device` blob NOT NULL,
	`value` real,
	FOREIGN KEY (`device`) REFERENCES `devices`(`uuid`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY NOT NULL,
	`device` blob,
	FOREIGN KEY (`device`) REFERENCES `devices`(`uuid`) ON UPDATE no action ON DELETE restrict
);
