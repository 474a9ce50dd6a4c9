CREATE TABLE `people` (
	`id` integer PRIMARY KEY NOT NULL,
	`first` text,
	`last` text,
	`full` text GENERATED ALWAYS AS ("first" || ' ' || "last") VIRTUAL,
	`initials` text GENERATED ALWAYS AS (substr("first",1,1) || substr("last",1,1)) STORED
);
--> statement-breakpoint
CREATE INDEX `people_full_idx` ON `people` (`full`);