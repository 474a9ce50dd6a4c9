CREATE TABLE `p1` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `p2` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p2_name_unique` ON `p2` (`name`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`p1_id` integer,
	`p2_name` text,
	FOREIGN KEY (`p1_id`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`p2_name`) REFERENCES `p2`(`name`) ON UPDATE cascade ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `grandchild` (
	`id` integer PRIMARY KEY NOT NULL,
	`child_id` integer NOT NULL,
	FOREIGN KEY (`child_id`) REFERENCES `child`(`id`) ON UPDATE no action ON DELETE cascade
);
