PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_boards` AS SELECT * FROM `boards`;--> statement-breakpoint
CREATE TABLE `__old_cards` AS SELECT * FROM `cards`;--> statement-breakpoint
DELETE FROM `cards`;--> statement-breakpoint
DROP TABLE `boards`;--> statement-breakpoint
CREATE TABLE `boards` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
INSERT INTO `boards`(`id`,`title`) SELECT `id`, coalesce(`title`, '') FROM `__old_boards`;--> statement-breakpoint
INSERT INTO `cards`(`id`,`board_id`,`blocked_by`) SELECT `id`,`board_id`,`blocked_by` FROM `__old_cards`;--> statement-breakpoint
DROP TABLE `__old_boards`;--> statement-breakpoint
DROP TABLE `__old_cards`;--> statement-breakpoint
PRAGMA foreign_keys=ON;