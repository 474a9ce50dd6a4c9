PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_nodes` AS SELECT * FROM `nodes`;--> statement-breakpoint
CREATE TABLE `__old_right_side` AS SELECT * FROM `right_side`;--> statement-breakpoint
CREATE TABLE `__old_left_side` AS SELECT * FROM `left_side`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
DROP TABLE `left_side`;--> statement-breakpoint
DROP TABLE `right_side`;--> statement-breakpoint
CREATE TABLE `nodes` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`label` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `nodes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `right_side` (
	`id` integer PRIMARY KEY NOT NULL,
	`left_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`left_id`) REFERENCES `left_side`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `left_side` (
	`id` integer PRIMARY KEY NOT NULL,
	`right_id` integer,
	`v` text DEFAULT '-' NOT NULL,
	FOREIGN KEY (`right_id`) REFERENCES `right_side`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `nodes`(`id`,`parent_id`,`label`) SELECT `id`, `parent_id`, coalesce(`label`, '-') FROM `__old_nodes`;--> statement-breakpoint
INSERT INTO `right_side`(`id`,`left_id`,`v`) SELECT `id`, `left_id`, coalesce(`v`, '-') FROM `__old_right_side`;--> statement-breakpoint
INSERT INTO `left_side`(`id`,`right_id`,`v`) SELECT `id`, `right_id`, coalesce(`v`, '-') FROM `__old_left_side`;--> statement-breakpoint
DROP TABLE `__old_nodes`;--> statement-breakpoint
DROP TABLE `__old_right_side`;--> statement-breakpoint
DROP TABLE `__old_left_side`;--> statement-breakpoint
PRAGMA foreign_keys=ON;