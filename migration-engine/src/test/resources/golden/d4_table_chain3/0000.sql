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
CREATE TABLE `c` (
	`id` integer PRIMARY KEY NOT NULL,
	`vc` text
);
