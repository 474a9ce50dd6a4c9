CREATE TABLE `alpha` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `beta` (
	`id` integer PRIMARY KEY NOT NULL,
	`amount` integer
);
--> statement-breakpoint
CREATE TABLE `gamma` (
	`id` integer PRIMARY KEY NOT NULL,
	`junk` text
);
--> statement-breakpoint
CREATE TABLE `delta` (
	`id` integer PRIMARY KEY NOT NULL,
	`keep` text,
	`old` text
);
