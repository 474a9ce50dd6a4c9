CREATE TABLE `parents` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kids_restrict` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `kids_noaction` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `keep` (
	`id` integer PRIMARY KEY NOT NULL
);
