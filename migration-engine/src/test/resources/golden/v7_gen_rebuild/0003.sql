PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`age` integer DEFAULT 0 NOT NULL,
	`upper_first` text GENERATED ALWAYS AS (lower("first")) STORED,
	`age2` integer
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`,`first`,`age`,`age2`) SELECT `id`, `first`, `age`, `age2` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;