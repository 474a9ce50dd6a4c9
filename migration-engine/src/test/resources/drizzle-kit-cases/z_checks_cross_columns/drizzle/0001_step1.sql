PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`low` integer,
	`hi` integer,
	`tag` text,
	`label` text DEFAULT 'lbl' NOT NULL,
	CONSTRAINT "lo_le_hi" CHECK("__new_ranges"."low" <= "__new_ranges"."hi"),
	CONSTRAINT "tag_len" CHECK(length("__new_ranges"."tag") < 10 AND length("__new_ranges"."label") > 0)
);
--> statement-breakpoint
INSERT INTO `__new_ranges`("id", "low", "hi", "tag", "label") SELECT "id", "low", "hi", "tag", "label" FROM `ranges`;--> statement-breakpoint
DROP TABLE `ranges`;--> statement-breakpoint
ALTER TABLE `__new_ranges` RENAME TO `ranges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;