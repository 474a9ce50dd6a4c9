PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `ranges` RENAME COLUMN "lo" TO "low";--> statement-breakpoint
CREATE TABLE `__new_ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`low` integer,
	`hi` integer,
	`tag` text,
	`label` text DEFAULT 'lbl' NOT NULL,
	CONSTRAINT "lo_le_hi" CHECK("low" <= "hi"),
	CONSTRAINT "tag_len" CHECK(length("tag") < 10 AND length("label") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_ranges`(`id`,`low`,`hi`,`tag`) SELECT `id`, `low`, `hi`, `tag` FROM `ranges`;--> statement-breakpoint
DROP TABLE `ranges`;--> statement-breakpoint
ALTER TABLE `__new_ranges` RENAME TO `ranges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;