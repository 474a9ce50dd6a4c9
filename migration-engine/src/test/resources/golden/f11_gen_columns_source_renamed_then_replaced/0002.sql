PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `people` RENAME COLUMN "last" TO "family";--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`given` text,
	`family` text,
	`initials` text GENERATED ALWAYS AS (substr("given",1,1) || substr("family",1,1)) STORED,
	`display` text GENERATED ALWAYS AS (coalesce("family", "given")) VIRTUAL
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`,`given`,`family`) SELECT `id`, `given`, `family` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
CREATE INDEX `people_full_idx` ON `people` (`display`);--> statement-breakpoint
PRAGMA foreign_keys=ON;