PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_right_side` AS SELECT * FROM `right_side`;--> statement-breakpoint
DROP TABLE `right_side`;--> statement-breakpoint
CREATE TABLE `right_side` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT '-' NOT NULL
);
--> statement-breakpoint
INSERT INTO `right_side`(`id`,`v`) SELECT `id`, `v` FROM `__old_right_side`;--> statement-breakpoint
DROP TABLE `__old_right_side`;--> statement-breakpoint
DROP TABLE `left_side`;--> statement-breakpoint
PRAGMA foreign_keys=ON;