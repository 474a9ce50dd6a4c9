CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`x` integer,
	`y` text,
	CONSTRAINT "a_x_pos" CHECK("a"."x" > 0)
);
--> statement-breakpoint
CREATE INDEX `a_x_idx` ON `a` (`x`);--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`bname` text
);
--> statement-breakpoint
CREATE TABLE `ca` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cb` (
	`id` integer PRIMARY KEY NOT NULL,
	`b_id` integer,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE set null
);
