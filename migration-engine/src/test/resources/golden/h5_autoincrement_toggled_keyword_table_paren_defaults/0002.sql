PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__old_key` AS SELECT * FROM `key`;--> statement-breakpoint
CREATE TABLE `__old_values` AS SELECT * FROM `values`;--> statement-breakpoint
DELETE FROM `values`;--> statement-breakpoint
DROP TABLE `key`;--> statement-breakpoint
CREATE TABLE `key` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`a` real DEFAULT (-(3)),
	`b` integer DEFAULT (2 * (1 + 2)),
	`c` text DEFAULT ('(' || ')'),
	`g` real GENERATED ALWAYS AS ("a" + "b") STORED
);
--> statement-breakpoint
INSERT INTO `key`(`id`,`a`,`b`,`c`) SELECT `id`, `a`, `b`, `c` FROM `__old_key`;--> statement-breakpoint
INSERT INTO `values`(`id`,`key_id`) SELECT `id`,`key_id` FROM `__old_values`;--> statement-breakpoint
DROP TABLE `__old_key`;--> statement-breakpoint
DROP TABLE `__old_values`;--> statement-breakpoint
PRAGMA foreign_keys=ON;