PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `ranges` RENAME COLUMN "low" TO "lo";--> statement-breakpoint
ALTER TABLE `ranges` RENAME COLUMN "hi" TO "high";--> statement-breakpoint
CREATE TABLE `__new_ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`lo` integer,
	`high` real,
	`label` text DEFAULT 'lbl' NOT NULL,
	CONSTRAINT "lo_le_hi" CHECK("lo" <= "high"),
	CONSTRAINT "tag_len" CHECK(length("label") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_ranges`(`id`,`lo`,`high`,`label`) SELECT `id`, `lo`, `high`, `label` FROM `ranges`;--> statement-breakpoint
DROP TABLE `ranges`;--> statement-breakpoint
ALTER TABLE `__new_ranges` RENAME TO `ranges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;