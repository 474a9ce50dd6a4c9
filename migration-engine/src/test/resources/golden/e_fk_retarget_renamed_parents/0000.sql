CREATE TABLE `p1` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p1_slug_unique` ON `p1` (`slug`);--> statement-breakpoint
CREATE TABLE `p2` (
	`id` integer PRIMARY KEY NOT NULL,
	`ext` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `p2_ext_unique` ON `p2` (`ext`);--> statement-breakpoint
CREATE TABLE `child` (
	`id` integer PRIMARY KEY NOT NULL,
	`ref` integer,
	FOREIGN KEY (`ref`) REFERENCES `p1`(`id`) ON UPDATE no action ON DELETE cascade
);
