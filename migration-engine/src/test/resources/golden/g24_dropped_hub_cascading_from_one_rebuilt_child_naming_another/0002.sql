PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_notes` AS SELECT * FROM `notes`;--> statement-breakpoint
CREATE TABLE `__old_tags` AS SELECT * FROM `tags`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
DROP TABLE `hubs`;--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text,
	`hub_id` integer,
	`up_id` integer,
	FOREIGN KEY (`up_id`) REFERENCES `notes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text,
	`hub_id` integer,
	`up_id` integer,
	FOREIGN KEY (`up_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `notes`(`id`,`body`,`hub_id`,`up_id`) SELECT `id`, `body`, `hub_id`, `up_id` FROM `__old_notes`;--> statement-breakpoint
INSERT INTO `tags`(`id`,`label`,`hub_id`,`up_id`) SELECT `id`, `label`, `hub_id`, `up_id` FROM `__old_tags`;--> statement-breakpoint
DROP TABLE `__old_notes`;--> statement-breakpoint
DROP TABLE `__old_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;