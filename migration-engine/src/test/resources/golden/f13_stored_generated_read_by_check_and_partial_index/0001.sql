PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`raw` integer,
	`doubled` integer GENERATED ALWAYS AS ("raw" * 2) STORED,
	CONSTRAINT "m_doubled_nonneg" CHECK("doubled" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_m`(`id`,`raw`) SELECT `id`, `raw` FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
CREATE INDEX `m_doubled_big` ON `m` (`doubled`) WHERE "doubled" > 10;--> statement-breakpoint
PRAGMA foreign_keys=ON;