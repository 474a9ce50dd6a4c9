PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_ranges` (
	`id` integer PRIMARY KEY NOT NULL,
	`start` integer NOT NULL,
	`step` integer DEFAULT 1 NOT NULL,
	`note` text,
	CONSTRAINT "ranges_lo_step_hi" CHECK("__new_ranges"."start" + "__new_ranges"."step" <= 1000),
	CONSTRAINT "ranges_step_positive" CHECK("__new_ranges"."step" > 0 and "__new_ranges"."start" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_ranges`("id", "start", "step", "note") SELECT "id", "start", "step", "note" FROM `ranges`;--> statement-breakpoint
DROP TABLE `ranges`;--> statement-breakpoint
ALTER TABLE `__new_ranges` RENAME TO `ranges`;--> statement-breakpoint
PRAGMA foreign_keys=ON;