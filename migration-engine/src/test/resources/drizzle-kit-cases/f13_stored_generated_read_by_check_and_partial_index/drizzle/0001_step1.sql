PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` integer,
	`doubled` integer GENERATED ALWAYS AS ("raw" * 2) STORED,
	CONSTRAINT "m_doubled_nonneg" CHECK("__new_m"."doubled" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_m`("id", "raw", "doubled") SELECT "id", "raw", "doubled" FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `m_doubled_big` ON `m` (`doubled`) WHERE "m"."doubled" > 10;