DROP VIEW `readings_view`;--> statement-breakpoint
CREATE INDEX `samples_len_idx` ON `samples` (`raw_len`);--> statement-breakpoint
CREATE VIEW `readings_view` AS SELECT id, doubled, raw_len FROM samples WHERE raw_len IS NOT NULL;