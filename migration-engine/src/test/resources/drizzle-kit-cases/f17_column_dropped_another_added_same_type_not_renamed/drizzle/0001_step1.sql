PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY NOT NULL,
	`city` text,
	`handle` text,
	`points` integer DEFAULT 10 NOT NULL,
	CONSTRAINT "points_positive" CHECK("__new_people"."points" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_people`("id", "city", "handle", "points") SELECT "id", "city", "handle", "points" FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `people_handle_uq` ON `people` (`handle`);