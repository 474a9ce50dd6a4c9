CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer
);
--> statement-breakpoint
CREATE INDEX `items` ON `t` (`v`);--> statement-breakpoint
CREATE TABLE `old_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE TABLE `u` (
	`id` integer PRIMARY KEY NOT NULL,
	`w` text
);
--> statement-breakpoint
CREATE INDEX `archive` ON `u` (`w`);--> statement-breakpoint
CREATE TABLE `arch` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `p` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text
);
--> statement-breakpoint
CREATE INDEX `pidx` ON `p` (`code`);--> statement-breakpoint
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`p_id` integer,
	FOREIGN KEY (`p_id`) REFERENCES `p`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `x` (
	`id` integer PRIMARY KEY NOT NULL,
	`y` text
);
