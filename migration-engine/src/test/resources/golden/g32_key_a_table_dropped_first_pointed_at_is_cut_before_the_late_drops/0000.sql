CREATE TABLE `l1` (
	`id` integer NOT NULL,
	`k` text NOT NULL,
	PRIMARY KEY(`id`, `k`),
	FOREIGN KEY (`k`) REFERENCES `l2`(`code`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `l1_k` ON `l1` (`k`);--> statement-breakpoint
CREATE UNIQUE INDEX `l1_id` ON `l1` (`id`);--> statement-breakpoint
CREATE TABLE `l2` (
	`code` text PRIMARY KEY NOT NULL,
	`lk` text,
	FOREIGN KEY (`lk`) REFERENCES `l1`(`k`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `s` (
	`id` integer PRIMARY KEY NOT NULL,
	`lid` integer,
	FOREIGN KEY (`lid`) REFERENCES `l1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `e` (
	`id` integer PRIMARY KEY NOT NULL,
	`lk` text,
	FOREIGN KEY (`lk`) REFERENCES `l1`(`k`) ON UPDATE no action ON DELETE no action
);
