ALTER TABLE `readings` RENAME TO `samples`;--> statement-breakpoint
ALTER TABLE `samples` RENAME COLUMN "raw" TO "value";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_samples` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer,
	`unit` text DEFAULT 'c',
	`doubled` integer GENERATED ALWAYS AS ("value" * 2) VIRTUAL,
	`raw_len` integer GENERATED ALWAYS AS (length("value")) STORED
);
--> statement-breakpoint
INSERT INTO `__new_samples`("id", "value", "unit", "doubled", "raw_len") SELECT "id", "value", "unit", "doubled", "raw_len" FROM `samples`;--> statement-breakpoint
DROP TABLE `samples`;--> statement-breakpoint
ALTER TABLE `__new_samples` RENAME TO `samples`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP VIEW `readings_view`;--> statement-breakpoint
CREATE VIEW `readings_view` AS SELECT id, value, doubled, raw_len FROM samples;