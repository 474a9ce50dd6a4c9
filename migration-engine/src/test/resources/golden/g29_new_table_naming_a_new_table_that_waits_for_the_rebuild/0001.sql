PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_areas` AS SELECT * FROM `areas`;--> statement-breakpoint
CREATE TABLE `__old_boards` AS SELECT * FROM `boards`;--> statement-breakpoint
CREATE TABLE `__old_events` AS SELECT * FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
DROP TABLE `boards`;--> statement-breakpoint
DROP TABLE `areas`;--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`board_id` integer,
	`link_id` integer,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`link_id`) REFERENCES `links`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `areas` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT 'a'
);
--> statement-breakpoint
CREATE TABLE `boards` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text DEFAULT 'b'
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY NOT NULL,
	`note_id` integer,
	FOREIGN KEY (`note_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `areas`(`id`,`label`) SELECT `id`, `label` FROM `__old_areas`;--> statement-breakpoint
INSERT INTO `boards`(`id`,`label`) SELECT `id`, `label` FROM `__old_boards`;--> statement-breakpoint
INSERT INTO `events`(`id`) SELECT `id` FROM `__old_events`;--> statement-breakpoint
DROP TABLE `__old_areas`;--> statement-breakpoint
DROP TABLE `__old_boards`;--> statement-breakpoint
DROP TABLE `__old_events`;--> statement-breakpoint
CREATE TABLE `links` (
	`id` integer PRIMARY KEY NOT NULL,
	`area_id` integer,
	`event_id` integer,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;