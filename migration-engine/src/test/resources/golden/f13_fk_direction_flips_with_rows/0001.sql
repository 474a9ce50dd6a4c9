PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `b` ADD `a_id` integer REFERENCES `a`(`id`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
CREATE TABLE `__old_a` AS SELECT * FROM `a`;--> statement-breakpoint
DROP TABLE `a`;--> statement-breakpoint
CREATE TABLE `a` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO `a`(`id`) SELECT `id` FROM `__old_a`;--> statement-breakpoint
DROP TABLE `__old_a`;--> statement-breakpoint
PRAGMA foreign_keys=ON;