CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL,
	`va` text
);
--> statement-breakpoint
CREATE TABLE `b` (
	`id` integer PRIMARY KEY NOT NULL,
	`vb` text
);
--> statement-breakpoint
CREATE TABLE `k` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	`b_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`b_id`) REFERENCES `b`(`id`) ON UPDATE no action ON DELETE cascade
);
