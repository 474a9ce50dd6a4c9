PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_a_ids` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` blob
);
--> statement-breakpoint
INSERT INTO `__new_a_ids`("id", "note") SELECT "id", "note" FROM `a_ids`;--> statement-breakpoint
DROP TABLE `a_ids`;--> statement-breakpoint
ALTER TABLE `__new_a_ids` RENAME TO `a_ids`;--> statement-breakpoint
PRAGMA foreign_keys=ON;