PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_people` AS SELECT * FROM `people`;--> statement-breakpoint
CREATE TABLE `__old_places` AS SELECT * FROM `places`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
DROP TABLE `visits`;--> statement-breakpoint
DROP TABLE `places`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `places` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO `people`(`id`) SELECT `id` FROM `__old_people`;--> statement-breakpoint
INSERT INTO `places`(`id`) SELECT `id` FROM `__old_places`;--> statement-breakpoint
DROP TABLE `__old_people`;--> statement-breakpoint
DROP TABLE `__old_places`;--> statement-breakpoint
PRAGMA foreign_keys=ON;