PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `m` RENAME COLUMN "raw" TO "base";--> statement-breakpoint
CREATE TABLE `__new_m` (
	`id` integer PRIMARY KEY NOT NULL,
	`base` integer,
	`doubled` integer GENERATED ALWAYS AS ("base" * 2 + 1) STORED,
	CONSTRAINT "m_doubled_nonneg" CHECK("doubled" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_m`(`id`,`base`) SELECT `id`, `base` FROM `m`;--> statement-breakpoint
DROP TABLE `m`;--> statement-breakpoint
ALTER TABLE `__new_m` RENAME TO `m`;--> statement-breakpoint
CREATE INDEX `m_doubled_big` ON `m` (`doubled`) WHERE "doubled" > 10;--> statement-breakpoint
PRAGMA foreign_keys=ON;