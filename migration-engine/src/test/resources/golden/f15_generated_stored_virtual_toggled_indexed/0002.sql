PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text NOT NULL,
	`last` text,
	`full` text GENERATED ALWAYS AS ("first" || ' ' || coalesce("last", '')) VIRTUAL,
	`initials` text GENERATED ALWAYS AS (upper(substr("first", 1, 1) || substr(coalesce("last", ''), 1, 1))) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`,`first`,`last`) SELECT `id`, `first`, `last` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
CREATE INDEX `people_full_idx` ON `people` (`full`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_last_uq` ON `people` (`last`) WHERE "full" <> "first" || ' ';--> statement-breakpoint
PRAGMA foreign_keys=ON;