PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP VIEW `readings_view`;--> statement-breakpoint
ALTER TABLE `readings` RENAME TO `samples`;--> statement-breakpoint
ALTER TABLE `samples` RENAME COLUMN "raw" TO "value";--> statement-breakpoint
CREATE TABLE `__old_samples` AS SELECT * FROM `samples`;--> statement-breakpoint
DROP TABLE `samples`;--> statement-breakpoint
CREATE TABLE `samples` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer,
	`unit` text DEFAULT 'c',
	`doubled` integer GENERATED ALWAYS AS ("value" * 2) VIRTUAL,
	`raw_len` integer GENERATED ALWAYS AS (length("value")) STORED
);
--> statement-breakpoint
INSERT INTO `samples`(`id`,`value`,`unit`) SELECT `id`, `value`, `unit` FROM `__old_samples`;--> statement-breakpoint
DROP TABLE `__old_samples`;--> statement-breakpoint
CREATE VIEW `readings_view` AS SELECT id, value, doubled, raw_len FROM samples;--> statement-breakpoint
PRAGMA foreign_keys=ON;