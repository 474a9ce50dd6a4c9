PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`last` text,
	`upper_first` text GENERATED ALWAYS AS (upper("first")) VIRTUAL,
	`full` text GENERATED ALWAYS AS ("first" || ' ' || "last") STORED
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`,`first`,`last`) SELECT `id`, `first`, `last` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;