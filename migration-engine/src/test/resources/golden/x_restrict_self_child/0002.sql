PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_cards` AS SELECT * FROM `cards`;--> statement-breakpoint
DROP TABLE `cards`;--> statement-breakpoint
CREATE TABLE `cards` (
	`id` integer PRIMARY KEY NOT NULL,
	`board_id` integer NOT NULL,
	`blocked_by` integer,
	FOREIGN KEY (`board_id`) REFERENCES `boards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`blocked_by`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `cards`(`id`,`board_id`,`blocked_by`) SELECT `id`, `board_id`, `blocked_by` FROM `__old_cards`;--> statement-breakpoint
DROP TABLE `__old_cards`;--> statement-breakpoint
PRAGMA foreign_keys=ON;