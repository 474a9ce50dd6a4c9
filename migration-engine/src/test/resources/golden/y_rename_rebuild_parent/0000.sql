CREATE TABLE `parent` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text,
	`score` integer
);
--> statement-breakpoint
CREATE TABLE `kid_c` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `kid_r` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `kid_n` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	FOREIGN KEY (`parent_id`) REFERENCES `parent`(`id`) ON UPDATE no action ON DELETE set null
);
