DROP VIEW `v62`;--> statement-breakpoint
DROP TABLE `t43`;--> statement-breakpoint
CREATE TABLE `t70` (
	`c71` real,
	`c72` blob,
	`values` integer,
	`c74` integer GENERATED ALWAYS AS ("c71" IS NULL) VIRTUAL,
	FOREIGN KEY (`c72`) REFERENCES `t54`(`order`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`values`) REFERENCES `t1`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ex75` ON `t70` (length("c71"));--> statement-breakpoint
DROP INDEX `ex49`;--> statement-breakpoint
ALTER TABLE `t54` ADD `c67` text GENERATED ALWAYS AS (lower("values")) VIRTUAL;--> statement-breakpoint
CREATE INDEX `ex68` ON `t1` ("c31" DESC);--> statement-breakpoint
CREATE INDEX `ex69` ON `t1` (substr("id", 1, 3));