PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "first" TO "given";--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`given` text NOT NULL,
	`last` text,
	`full` text GENERATED ALWAYS AS (coalesce("last" || ', ', '') || "given") STORED,
	`initials` text GENERATED ALWAYS AS (upper(substr("given", 1, 1) || substr(coalesce("last", ''), 1, 1))) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`,`given`,`last`) SELECT `id`, `given`, `last` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
CREATE INDEX `people_full_idx` ON `people` (`full`);--> statement-breakpoint
CREATE INDEX `people_initials_idx` ON `people` (`initials`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_last_uq` ON `people` (`last`) WHERE "full" <> "given";--> statement-breakpoint
PRAGMA foreign_keys=ON;