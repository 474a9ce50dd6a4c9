CREATE TABLE `readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` text,
	`unit` text DEFAULT 'c',
	`doubled` text GENERATED ALWAYS AS ("raw" || "raw") VIRTUAL,
	`raw_len` integer GENERATED ALWAYS AS (length("raw")) STORED
);
--> statement-breakpoint
CREATE VIEW `readings_view` AS SELECT id, raw, doubled, raw_len FROM readings;