PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `ranges` RENAME TO `spans`;--> statement-breakpoint
ALTER TABLE `spans` RENAME COLUMN "lo" TO "low";--> statement-breakpoint
ALTER TABLE `spans` RENAME COLUMN "hi" TO "high";--> statement-breakpoint
CREATE TABLE `__new_spans` (
	`id` integer PRIMARY KEY NOT NULL,
	`low` integer,
	`high` integer,
	`src` text DEFAULT 'ranges',
	CONSTRAINT "lo_le_hi" CHECK("low" <= "high"),
	CONSTRAINT "src_known" CHECK("src" IN ('ranges', 'spans', 'lo', 'hi'))
);
--> statement-breakpoint
INSERT INTO `__new_spans`(`id`,`low`,`high`,`src`) SELECT `id`, `low`, `high`, `src` FROM `spans`;--> statement-breakpoint
DROP TABLE `spans`;--> statement-breakpoint
ALTER TABLE `__new_spans` RENAME TO `spans`;--> statement-breakpoint
PRAGMA foreign_keys=ON;