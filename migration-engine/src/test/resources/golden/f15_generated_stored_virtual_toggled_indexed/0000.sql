CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text NOT NULL,
	`last` text,
	`full` text GENERATED ALWAYS AS ("first" || ' ' || coalesce("last", '')) VIRTUAL
);
--> statement-breakpoint
CREATE INDEX `people_full_idx` ON `people` (`full`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_last_uq` ON `people` (`last`) WHERE "full" <> "first" || ' ';